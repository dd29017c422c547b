import { CHART_COLOURS } from "../charts/theme";
import { wrapText } from "../charts/text";

/**
 * The export frame: title, unit, the chart, the documents it marks, filters, sources, data date,
 * permalink and product name, as one standalone SVG string. The chart inside is the page's own
 * chart SVG (components/charts/chart-svg.tsx, taken from the page with its colours made literal),
 * so the file shows exactly what the reader saw. Fonts come in as data URLs; nothing is external.
 */

export interface Frame {
  title: string;
  subtitle: string;
  /** The chart body: a standalone <svg> element with its own width, height and viewBox. */
  chart: { svg: string; width: number; height: number };
  /** The marked documents, listed under the chart: "21 Oct 2025 · Title". */
  documents?: { heading: string; lines: string[] } | null;
  filters: string;
  sources: string[];
  dataAsOf: string;
  permalink: string;
  product: string;
  /** @font-face rules with data URLs, so the text renders in the page's font wherever the file is opened. */
  fontCss?: string;
}

export interface FrameOptions {
  /** Width in CSS pixels; the height follows from the content. */
  width?: number;
  /** Multiplies the width and height attributes (not the drawing): 2 gives a 2× raster when drawn at natural size. */
  scale?: number;
  /**
   * A fixed picture size (a 1200×675 social card): the frame is centred in it at the largest size
   * that fits, on the frame's background, so the file stays whole (title to permalink) at any shape.
   */
  box?: { width: number; height: number };
}

export const FRAME_WIDTH = 900;
/** The family the page sets its text in (app/globals.css, self-hosted by @fontsource-variable/inter). */
export const PAGE_FONT = "Inter Variable";
export const FRAME_FONT_FAMILY = `'${PAGE_FONT}', Inter, ui-sans-serif, system-ui, sans-serif`;

const PAD = 32;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

function textLines(lines: string[], x: number, top: number, size: number, lineHeight: number, a: Record<string, string | number | undefined>): { svg: string; height: number } {
  const svg = lines.map((l, i) => `<text${attrs({ x: round(x), y: round(top + i * lineHeight + size * 0.8 + (lineHeight - size) / 2), "font-size": size, ...a })}>${escapeXml(l)}</text>`).join("");
  return { svg, height: lines.length * lineHeight };
}

function diamond(x: number, y: number, r = 5): string {
  return `<polygon${attrs({
    points: [
      [x, y - r],
      [x + r, y],
      [x, y + r],
      [x - r, y],
    ]
      .map((p) => p.map(round).join(","))
      .join(" "),
    fill: CHART_COLOURS.marker,
  })}/>`;
}

export function buildFrameSvg(frame: Frame, options: FrameOptions = {}): { svg: string; width: number; height: number } {
  const width = options.width ?? FRAME_WIDTH;
  const scale = options.scale ?? 1;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const title = textLines(wrapText(frame.title, inner, 22, true), PAD, y, 22, 28, { "font-weight": 700, fill: CHART_COLOURS.ink });
  parts.push(`<g data-role="title">${title.svg}</g>`);
  y += title.height + 2;
  const subtitle = textLines(wrapText(frame.subtitle, inner, 14), PAD, y, 14, 20, { fill: CHART_COLOURS.muted });
  parts.push(`<g data-role="subtitle">${subtitle.svg}</g>`);
  y += subtitle.height + 14;

  // The page's chart, scaled to the frame: its text grows with it, as a reader zooming in would see.
  const k = inner / frame.chart.width;
  parts.push(`<g data-role="chart" transform="translate(${PAD} ${round(y)}) scale(${round(k * 10000) / 10000})">${frame.chart.svg}</g>`);
  y += frame.chart.height * k + 10;

  if (frame.documents && frame.documents.lines.length) {
    const size = 12;
    const line = 17;
    const notes: string[] = [];
    const heading = textLines(wrapText(frame.documents.heading, inner - 16, size), PAD + 16, y, size, line, { fill: CHART_COLOURS.muted });
    notes.push(diamond(PAD + 5, y + line / 2), heading.svg);
    y += heading.height;
    for (const l of frame.documents.lines) {
      const b = textLines(wrapText(l, inner - 16, size), PAD + 16, y, size, line, { fill: CHART_COLOURS.text });
      notes.push(b.svg);
      y += b.height;
    }
    parts.push(`<g data-role="documents">${notes.join("")}</g>`);
    y += 6;
  }

  y += 6;
  parts.push(`<line${attrs({ x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: CHART_COLOURS.grid })}/>`);
  y += 10;
  const footerSize = 12;
  const footerLine = 17;
  const block = (lines: string[], role: string, a: Record<string, string | number> = {}) => {
    const b = textLines(
      lines.flatMap((l) => wrapText(l, inner, footerSize, a["font-weight"] === 700)),
      PAD,
      y,
      footerSize,
      footerLine,
      { fill: CHART_COLOURS.muted, ...a },
    );
    parts.push(`<g data-role="${role}">${b.svg}</g>`);
    y += b.height;
  };
  block([frame.filters], "filters");
  block(frame.sources, "sources");
  block([frame.dataAsOf], "data-as-of");
  block([frame.permalink], "permalink", { fill: CHART_COLOURS.link });
  y += 4;
  block([frame.product], "product", { fill: CHART_COLOURS.ink, "font-weight": 700 });
  y += PAD - 8;

  const height = Math.ceil(y);
  let view = { x: 0, y: 0, width, height };
  let size = { width: width * scale, height: height * scale };
  if (options.box) {
    const aspect = options.box.width / options.box.height;
    const w = Math.max(width, height * aspect);
    const h = w / aspect;
    view = { x: round(-(w - width) / 2), y: round(-(h - height) / 2), width: round(w), height: round(h) };
    size = { width: options.box.width * scale, height: options.box.height * scale };
  }
  const style = `${frame.fontCss ?? ""}text{font-family:${FRAME_FONT_FAMILY};}`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: size.width, height: size.height, viewBox: `${view.x} ${view.y} ${view.width} ${view.height}`, "font-family": FRAME_FONT_FAMILY })}>` +
    `<title>${escapeXml(frame.title)}</title>` +
    `<style><![CDATA[${style.replace(/]]>/g, "")}]]></style>` +
    `<rect${attrs({ x: view.x || undefined, y: view.y || undefined, width: view.width, height: view.height, fill: CHART_COLOURS.background })}/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width: options.box ? options.box.width : width, height: options.box ? options.box.height : height };
}
