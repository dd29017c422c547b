import { Fragment, isValidElement, type ReactNode } from "react";

/**
 * Static markup of a pure element tree (chart drawings, figure tables), for a page to insert as
 * HTML. A chart is hundreds of elements; as markup it is one string that React neither hydrates
 * nor encodes element by element in the page's data, which takes a large share of an overview's
 * main-thread work on a phone off the page. Written here because Next.js forbids react-dom/server
 * in server components; the unit test checks the output equals react-dom/server's
 * renderToStaticMarkup for every seeded chart and table. It handles what those components use
 * (host elements, function components without hooks, fragments, arrays, text) and refuses the rest.
 */

// SVG attributes that keep their camelCase; every other camelCase SVG prop is written kebab-case.
const SVG_CAMEL = new Set([
  "viewBox",
  "patternUnits",
  "patternTransform",
  "patternContentUnits",
  "preserveAspectRatio",
  "gradientUnits",
  "gradientTransform",
  "clipPathUnits",
  "markerWidth",
  "markerHeight",
  "markerUnits",
  "refX",
  "refY",
  "textLength",
  "lengthAdjust",
]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabindex", httpEquiv: "http-equiv", acceptCharset: "accept-charset" };
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function attributeName(prop: string, svg: boolean): string {
  if (RENAMED[prop]) return RENAMED[prop];
  if (prop.includes("-")) return prop;
  if (svg) return SVG_CAMEL.has(prop) ? prop : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  // HTML names are case-insensitive; React writes the rest as spelled (colSpan, rowSpan).
  return prop;
}

function attribute(prop: string, value: unknown, svg: boolean): string {
  if (value === null || value === undefined || typeof value === "function") return "";
  if (prop === "style" || prop === "dangerouslySetInnerHTML" || prop === "suppressHydrationWarning") throw new Error(`staticMarkup: ${prop} is not supported`);
  const name = attributeName(prop, svg);
  if (typeof value === "boolean") {
    if (prop.startsWith("data-") || prop.startsWith("aria-")) return ` ${name}="${value}"`;
    return value ? ` ${name}=""` : "";
  }
  return ` ${name}="${escape(String(value))}"`;
}

function markup(node: ReactNode, svg: boolean): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escape(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((n) => markup(n, svg)).join("");
  if (!isValidElement(node)) throw new Error("staticMarkup: unsupported node");
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (node.type === Fragment) return markup(props.children, svg);
  if (typeof node.type === "function") {
    // A client component would lose its behaviour as markup: refuse it rather than freeze it.
    if ("$$typeof" in node.type) throw new Error("staticMarkup: client components are not supported");
    return markup((node.type as (p: unknown) => ReactNode)(props), svg);
  }
  if (typeof node.type !== "string") throw new Error("staticMarkup: unsupported element type");
  const tag = node.type;
  const inSvg = svg || tag === "svg";
  let attributes = "";
  for (const [prop, value] of Object.entries(props)) if (prop !== "children" && prop !== "defaultValue") attributes += attribute(prop, value, inSvg);
  // An uncontrolled field's first value: the input's `value` attribute (written last, as React does), the textarea's text.
  if (tag === "input") attributes += attribute("value", props.defaultValue, false);
  if (VOID.has(tag)) return `<${tag}${attributes}/>`;
  const children = tag === "textarea" && props.defaultValue !== undefined ? escape(String(props.defaultValue)) : markup(props.children, inSvg);
  // Empty SVG elements close themselves (a chart is hundreds of them); HTML parsers read `<rect/>` in SVG as React's `<rect></rect>`.
  if (inSvg && tag !== "svg" && children === "") return `<${tag}${attributes}/>`;
  return `<${tag}${attributes}>${children}</${tag}>`;
}

export const staticMarkup = (node: ReactNode): string => markup(node, false);
