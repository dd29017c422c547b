/**
 * The browser half of chart export: reading the page's font files, rasterising the frame SVG and
 * handing a finished file to the browser. Everything here needs a DOM; the pure builders are beside it.
 */
import { literalColours } from "../charts/theme";
import { facesForText, firstUrl, fontFaceRule, type FontFaceSource } from "./fonts";

/**
 * The page's chart SVG as a standalone file part: the same drawing, without what only the page
 * needs (hit areas, focus rings, tooltip data) and with its colours made literal.
 */
export function chartFromPage(svg: SVGSVGElement): { svg: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll(".chart-hit, .chart-ring").forEach((el) => el.remove());
  copy.querySelectorAll("[data-mark]").forEach((el) => {
    for (const name of el.getAttributeNames()) if (name.startsWith("data-tip-") || name === "data-href" || name === "data-active" || name === "data-ring") el.removeAttribute(name);
  });
  copy.removeAttribute("class");
  copy.removeAttribute("data-href");
  copy.removeAttribute("aria-hidden");
  copy.removeAttribute("focusable");
  return { svg: literalColours(new XMLSerializer().serializeToString(copy)), width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
}

function* fontFaceRules(rules: CSSRuleList): Generator<CSSFontFaceRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSFontFaceRule) yield rule;
    // @media, @supports and @layer blocks may hold @font-face rules too.
    else if ("cssRules" in rule && (rule as CSSGroupingRule).cssRules) yield* fontFaceRules((rule as CSSGroupingRule).cssRules);
  }
}

/** The @font-face rules of one family in the page's stylesheets, with absolute font URLs. */
export function pageFontFaces(family: string): FontFaceSource[] {
  const out: FontFaceSource[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin stylesheet cannot be read, and holds none of our fonts
    }
    for (const rule of fontFaceRules(rules)) {
      const name = rule.style
        .getPropertyValue("font-family")
        .trim()
        .replace(/^['"]|['"]$/g, "");
      if (name !== family) continue;
      const url = firstUrl(rule.style.getPropertyValue("src"));
      if (!url) continue;
      out.push({
        family: name,
        url: new URL(url, sheet.href ?? document.baseURI).href,
        unicodeRange: rule.style.getPropertyValue("unicode-range"),
        weight: rule.style.getPropertyValue("font-weight"),
        style: rule.style.getPropertyValue("font-style"),
      });
    }
  }
  return out;
}

const fontData = new Map<string, Promise<string>>();

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the font file"));
    reader.readAsDataURL(blob);
  });
}

/** One font file as base64; kept for the session once read, forgotten if reading failed so a retry fetches again. */
function fontBase64(url: string): Promise<string> {
  let pending = fontData.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`The font file ${url} answered ${res.status}`);
        return res.blob();
      })
      .then(blobToBase64);
    pending.catch(() => fontData.delete(url));
    fontData.set(url, pending);
  }
  return pending;
}

/**
 * @font-face rules, with the font files as data URLs, for the subsets of the page's font that the
 * text uses. An image drawn from an SVG cannot load anything, so without these its text would
 * fall back to another font. Fails rather than export in a fallback font.
 */
export async function embeddedFontCss(family: string, text: string): Promise<string> {
  const faces = facesForText(pageFontFaces(family), text);
  if (faces.length === 0) throw new Error(`The page's font "${family}" was not found in its stylesheets`);
  const data = await Promise.all(faces.map((f) => fontBase64(f.url)));
  return faces.map((f, i) => fontFaceRule(f, data[i] ?? "")).join("");
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("The chart image could not be drawn"));
    img.src = src;
  });
}

/** Draws a standalone SVG (already sized in device pixels) onto a white canvas and encodes it as PNG. */
export async function svgToPng(svg: string, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = await loadImage(url);
    // Embedded fonts are decoded asynchronously; decode() settles once the image can be drawn as it will look.
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, pixelWidth, pixelHeight);
    ctx.drawImage(img, 0, 0, pixelWidth, pixelHeight);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be encoded"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Hands a finished file to the browser through a temporary `<a download>` (the pattern of
 * dubinc/dub's image download). Called only with a complete Blob, so a failed export downloads nothing.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the click; the object URL is only needed until the browser has read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
