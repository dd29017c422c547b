import { STATUS_STYLE } from "../chart-style";
import type { ObservationStatus } from "../constants";

/**
 * Builds the export frame — title, subtitle, legend, chart, status legend, filters, sources,
 * data date, permalink and product name — as one standalone SVG string from plain data.
 * The chart is drawn here rather than cloned from the page, so the file is the same whatever
 * the page's theme, width or animation state, and it opens anywhere (no CSS variables, no
 * external references; fonts come in as data URLs).
 */

export interface FrameSeries {
  key: string;
  label: string;
  /** A literal colour ("#1d4ed8"): the file has no access to the page's CSS variables. */
  colour: string;
}

export interface FrameCell {
  value: number;
  /** The value as the page shows it: "~680", "547.6". */
  label: string;
  status: ObservationStatus;
}

export interface FrameCategory {
  label: string;
  cells: Record<string, FrameCell | undefined>;
}

export interface Frame {
  title: string;
  subtitle: string;
  series: FrameSeries[];
  categories: FrameCategory[];
  /** "horizontal": vertical bars over a category axis; "vertical": horizontal bars for long labels. */
  layout: "horizontal" | "vertical";
  axisUnit: string;
  /** Signed documents marked (◆) on a category of a column chart; `count` documents of that year. */
  markers?: { category: string; count: number }[];
  /** The marked documents, listed under the chart: "21 Oct 2025 · Title". */
  documents?: { heading: string; lines: string[] } | null;
  /** Shown only when the chart mixes statuses. */
  statusLegend: { title: string; items: { status: ObservationStatus; label: string }[] } | null;
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
}

export const FRAME_WIDTH = 900;
/** The family the page sets its text in (app/globals.css, self-hosted by @fontsource-variable/inter). */
export const PAGE_FONT = "Inter Variable";
export const FRAME_FONT_FAMILY = `'${PAGE_FONT}', Inter, ui-sans-serif, system-ui, sans-serif`;

const INK = "#0f172a";
const MUTED = "#475569";
const TICK = "#334155";
const GRID = "#e2e8f0";
const AXIS = "#94a3b8";
const LINK = "#075985";
const STATUS_SWATCH = "#475569";
const MARKER = "#9a3412";
const MARKER_LINE = "#c2410c";

const PAD = 32;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

// Approximate advance widths of Inter in em, so lines can be wrapped without a browser. Slightly
// generous, so an estimate errs towards an early line break rather than text running off the frame.
const WIDTHS: [string, number][] = [
  ["iljI|!.,:;'·", 0.27],
  [" ", 0.28],
  ["ftr()[]/", 0.38],
  ["-", 0.42],
  ["\"", 0.42],
  ["szxcyvkJ?", 0.53],
  ["abdeghnopqu", 0.59],
  ["0123456789~=+×$", 0.63],
  ["–", 0.6],
  ["LEFTPZSBKRXYÿ", 0.66],
  ["ACDGHNUVO&Q", 0.75],
  ["mwM%", 0.88],
  ["W—◆", 1.0],
];
const WIDTH_OF = new Map<string, number>();
for (const [chars, w] of WIDTHS) for (const c of chars) WIDTH_OF.set(c, w);

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += WIDTH_OF.get(c) ?? 0.62;
  return em * size * (bold ? 1.07 : 1);
}

/** Breaks a word wider than the line, preferring URL separators, then anywhere. */
function breakWord(word: string, max: number, size: number, bold: boolean): string[] {
  const out: string[] = [];
  let rest = word;
  while (textWidth(rest, size, bold) > max && rest.length > 1) {
    let cut = rest.length - 1;
    while (cut > 1 && textWidth(rest.slice(0, cut), size, bold) > max) cut--;
    const slice = rest.slice(0, cut);
    const sep = Math.max(slice.lastIndexOf("/"), slice.lastIndexOf("?"), slice.lastIndexOf("&"), slice.lastIndexOf("-"));
    if (sep > cut / 2) cut = sep + 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

export function wrapText(text: string, max: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(word, max, size, bold);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

function text(x: number, y: number, content: string, a: Record<string, string | number | undefined> = {}): string {
  return `<text${attrs({ x: round(x), y: round(y), ...a })}>${escapeXml(content)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  // Nearest round step, so a chart gets about as many gridlines as asked for.
  return (f <= 1.5 ? 1 : f <= 2.25 ? 2 : f <= 3.5 ? 2.5 : f <= 7.5 ? 5 : 10) * power;
}

/** Axis ticks from zero (or the lowest negative value) to a round number at or above the highest value. */
export function niceTicks(values: number[], count = 5): number[] {
  const lo = Math.min(0, ...values);
  const highest = Math.max(0, ...values);
  const hi = highest > lo ? highest : lo + 1;
  const span = hi - lo;
  const step = niceStep(span / count);
  const bottom = Math.floor(lo / step) * step;
  const top = Math.max(Math.ceil(hi / step) * step, bottom + step);
  const ticks: number[] = [];
  for (let v = bottom; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function tickFormatter(ticks: number[]): (n: number) => string {
  const step = ticks.length > 1 ? Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0)) : 1;
  // Ticks are whole multiples of the step, so they need exactly the step's decimals.
  const decimals = String(Number(step.toPrecision(6))).split(".")[1]?.length ?? 0;
  const nf = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (n) => nf.format(n);
}

function barRect(x: number, y: number, w: number, h: number, colour: string, status: ObservationStatus): string {
  const st = STATUS_STYLE[status];
  const stroke = st.strokeWidth ? { stroke: colour, "stroke-width": st.strokeWidth, "stroke-dasharray": st.strokeDasharray } : {};
  // Inset by half the stroke so a dashed outline stays inside the bar's extent.
  const inset = st.strokeWidth / 2;
  return `<rect${attrs({
    x: round(x + inset),
    y: round(y + inset),
    width: round(Math.max(0, w - 2 * inset)),
    height: round(Math.max(0, h - 2 * inset)),
    fill: colour,
    "fill-opacity": st.fillOpacity,
    "data-status": status,
    ...stroke,
  })}/>`;
}

interface Block {
  svg: string;
  height: number;
}

/** Lines of text from the top of a block; returns the block's height. */
function textLines(lines: string[], x: number, top: number, size: number, lineHeight: number, a: Record<string, string | number | undefined>): Block {
  const svg = lines.map((l, i) => text(x, top + i * lineHeight + size * 0.8 + (lineHeight - size) / 2, l, { "font-size": size, ...a })).join("");
  return { svg, height: lines.length * lineHeight };
}

/** Swatches and labels that flow left to right and wrap. */
function flowLegend(items: { swatch: (x: number, y: number) => string; label: string; swatchWidth: number }[], left: number, top: number, width: number, size: number): Block {
  const rowHeight = size + 8;
  let x = left;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const w = item.swatchWidth + 6 + textWidth(item.label, size);
    if (x > left && x + w > left + width) {
      x = left;
      y += rowHeight;
    }
    parts.push(`<g data-legend-item="">${item.swatch(x, y + (rowHeight - 12) / 2)}${text(x + item.swatchWidth + 6, y + rowHeight / 2 + size * 0.35, item.label, { "font-size": size, fill: TICK })}</g>`);
    x += w + 18;
  }
  return { svg: parts.join(""), height: items.length ? y - top + rowHeight : 0 };
}

function cellsOf(frame: Frame): { value: number }[] {
  return frame.categories.flatMap((c) => frame.series.map((s) => c.cells[s.key]).filter((x): x is FrameCell => !!x));
}

/** The document marker: a filled diamond centred on (x, y). */
function diamond(x: number, y: number, r = 5): string {
  return `<polygon${attrs({ points: [[x, y - r], [x + r, y], [x, y + r], [x - r, y]].map((p) => p.map(round).join(",")).join(" "), fill: MARKER })}/>`;
}

/** Vertical bars over a category axis, labels wrapped under their band. */
function columnChart(frame: Frame, left: number, top: number, width: number): Block {
  const ticks = niceTicks(cellsOf(frame).map((c) => c.value));
  const fmt = tickFormatter(ticks);
  const tickSize = 11;
  const axisWidth = Math.max(...ticks.map((t) => textWidth(fmt(t), tickSize))) + 8;
  const unitGutter = 20;
  const plotLeft = left + unitGutter + axisWidth;
  const plotWidth = left + width - plotLeft;
  const markers = frame.markers ?? [];
  // Markers stand above the value labels, as on the page.
  const headroom = markers.length ? 34 : 18;
  const plotTop = top + headroom;
  const plotHeight = 300;
  const plotBottom = plotTop + plotHeight;
  const lo = ticks[0] ?? 0;
  const hi = ticks.at(-1) ?? 1;
  const yOf = (v: number) => plotBottom - ((v - lo) / (hi - lo)) * plotHeight;
  const parts: string[] = [];

  for (const t of ticks) {
    const y = yOf(t);
    parts.push(`<line${attrs({ x1: plotLeft, x2: plotLeft + plotWidth, y1: round(y), y2: round(y), stroke: t === 0 ? AXIS : GRID, "stroke-dasharray": t === 0 ? undefined : "3 3" })}/>`);
    parts.push(text(plotLeft - 6, y + tickSize * 0.35, fmt(t), { "font-size": tickSize, fill: TICK, "text-anchor": "end" }));
  }
  const midY = plotTop + plotHeight / 2;
  parts.push(text(left + 10, midY, frame.axisUnit, { "font-size": 11, fill: MUTED, "text-anchor": "middle", transform: `rotate(-90 ${round(left + 10)} ${round(midY)})` }));

  const n = Math.max(1, frame.categories.length);
  const k = Math.max(1, frame.series.length);
  const band = plotWidth / n;
  const gap = 4;
  const barWidth = Math.min(48, (band * 0.8 - gap * (k - 1)) / k);
  const groupWidth = k * barWidth + (k - 1) * gap;
  const labelSize = 11;
  const labelLine = 14;
  let labelLines = 1;

  frame.categories.forEach((cat, i) => {
    const bandLeft = plotLeft + i * band;
    const groupLeft = bandLeft + (band - groupWidth) / 2;
    frame.series.forEach((s, j) => {
      const cell = cat.cells[s.key];
      if (!cell) return;
      const x = groupLeft + j * (barWidth + gap);
      const y0 = yOf(0);
      const y1 = yOf(cell.value);
      parts.push(barRect(x, Math.min(y0, y1), barWidth, Math.abs(y0 - y1), s.colour, cell.status));
      parts.push(text(x + barWidth / 2, Math.min(y0, y1) - 5, cell.label, { "font-size": 10.5, fill: TICK, "text-anchor": "middle" }));
    });
    const lines = wrapText(cat.label, band - 6, labelSize).slice(0, 4);
    labelLines = Math.max(labelLines, lines.length);
    lines.forEach((l, li) => parts.push(text(bandLeft + band / 2, plotBottom + 16 + li * labelLine, l, { "font-size": labelSize, fill: TICK, "text-anchor": "middle" })));
  });
  const marks: string[] = [];
  for (const m of markers) {
    const i = frame.categories.findIndex((c) => c.label === m.category);
    if (i < 0) continue;
    const x = plotLeft + i * band + band / 2;
    marks.push(`<line${attrs({ x1: round(x), x2: round(x), y1: top + 14, y2: plotBottom, stroke: MARKER_LINE, "stroke-opacity": 0.6, "stroke-dasharray": "3 3" })}/>`);
    marks.push(diamond(x, top + 8));
    if (m.count > 1) marks.push(text(x + 8, top + 12, String(m.count), { "font-size": 11, fill: MARKER, "font-weight": 700 }));
  }
  if (marks.length) parts.push(`<g data-role="markers">${marks.join("")}</g>`);
  return { svg: `<g data-role="chart">${parts.join("")}</g>`, height: headroom + plotHeight + 8 + labelLines * labelLine + 4 };
}

/** Horizontal bars, one band per category, labels wrapped in a column on the left. */
function barChart(frame: Frame, left: number, top: number, width: number): Block {
  const ticks = niceTicks(cellsOf(frame).map((c) => c.value));
  const fmt = tickFormatter(ticks);
  const labelSize = 11;
  const labelLine = 14;
  const labelColumn = 220;
  const valueRoom = 56;
  const plotLeft = left + labelColumn;
  const plotWidth = width - labelColumn - valueRoom;
  const k = Math.max(1, frame.series.length);
  const barHeight = 14;
  const gap = 3;
  const lo = ticks[0] ?? 0;
  const hi = ticks.at(-1) ?? 1;
  const xOf = (v: number) => plotLeft + ((v - lo) / (hi - lo)) * plotWidth;
  const parts: string[] = [];
  let y = top;
  const bands = frame.categories.map((cat) => {
    const lines = wrapText(cat.label, labelColumn - 12, labelSize).slice(0, 4);
    const height = Math.max(k * barHeight + (k - 1) * gap + 14, lines.length * labelLine + 12);
    const band = { cat, lines, top: y, height };
    y += height;
    return band;
  });
  const plotBottom = y;
  for (const t of ticks) {
    const x = xOf(t);
    parts.push(`<line${attrs({ x1: round(x), x2: round(x), y1: top, y2: round(plotBottom), stroke: t === 0 ? AXIS : GRID, "stroke-dasharray": t === 0 ? undefined : "3 3" })}/>`);
    parts.push(text(x, plotBottom + 16, fmt(t), { "font-size": 11, fill: TICK, "text-anchor": "middle" }));
  }
  parts.push(text(plotLeft + plotWidth, plotBottom + 32, frame.axisUnit, { "font-size": 11, fill: MUTED, "text-anchor": "end" }));
  for (const b of bands) {
    const groupHeight = k * barHeight + (k - 1) * gap;
    const groupTop = b.top + (b.height - groupHeight) / 2;
    frame.series.forEach((s, j) => {
      const cell = b.cat.cells[s.key];
      if (!cell) return;
      const by = groupTop + j * (barHeight + gap);
      const x0 = xOf(0);
      const x1 = xOf(cell.value);
      parts.push(barRect(Math.min(x0, x1), by, Math.abs(x1 - x0), barHeight, s.colour, cell.status));
      parts.push(text(Math.max(x0, x1) + 5, by + barHeight / 2 + 3.8, cell.label, { "font-size": 10.5, fill: TICK }));
    });
    const linesTop = b.top + (b.height - b.lines.length * labelLine) / 2;
    b.lines.forEach((l, li) => parts.push(text(plotLeft - 8, linesTop + li * labelLine + 10.5, l, { "font-size": labelSize, fill: TICK, "text-anchor": "end" })));
  }
  return { svg: `<g data-role="chart">${parts.join("")}</g>`, height: plotBottom - top + 40 };
}

export function buildFrameSvg(frame: Frame, options: FrameOptions = {}): { svg: string; width: number; height: number } {
  const width = options.width ?? FRAME_WIDTH;
  const scale = options.scale ?? 1;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const title = textLines(wrapText(frame.title, inner, 22, true), PAD, y, 22, 28, { "font-weight": 700, fill: INK });
  parts.push(`<g data-role="title">${title.svg}</g>`);
  y += title.height + 2;
  const subtitle = textLines(wrapText(frame.subtitle, inner, 14), PAD, y, 14, 20, { fill: MUTED });
  parts.push(`<g data-role="subtitle">${subtitle.svg}</g>`);
  y += subtitle.height + 12;

  const legend = flowLegend(
    frame.series.map((s) => ({ swatchWidth: 12, label: s.label, swatch: (x, sy) => `<rect${attrs({ x: round(x), y: round(sy), width: 12, height: 12, rx: 2, fill: s.colour })}/>` })),
    PAD,
    y,
    inner,
    13,
  );
  parts.push(`<g data-role="legend">${legend.svg}</g>`);
  y += legend.height + 10;

  const chart = frame.layout === "vertical" ? barChart(frame, PAD, y, inner) : columnChart(frame, PAD, y, inner);
  parts.push(chart.svg);
  y += chart.height + 8;

  if (frame.statusLegend && frame.statusLegend.items.length > 1) {
    const titleWidth = textWidth(frame.statusLegend.title, 12) + 10;
    parts.push(text(PAD, y + 10 + 12 * 0.35, frame.statusLegend.title, { "font-size": 12, fill: MUTED }));
    const items = flowLegend(
      frame.statusLegend.items.map((it) => ({
        swatchWidth: 16,
        label: it.label,
        swatch: (x, sy) => barRect(x, sy, 16, 12, STATUS_SWATCH, it.status),
      })),
      PAD + titleWidth,
      y,
      inner - titleWidth,
      12,
    );
    parts.push(`<g data-role="status-legend">${items.svg}</g>`);
    y += items.height + 8;
  }

  if (frame.documents && frame.documents.lines.length) {
    const size = 12;
    const line = 17;
    const notes: string[] = [];
    const heading = textLines(wrapText(frame.documents.heading, inner - 16, size), PAD + 16, y, size, line, { fill: MUTED });
    notes.push(diamond(PAD + 5, y + line / 2), heading.svg);
    y += heading.height;
    for (const l of frame.documents.lines) {
      const b = textLines(wrapText(l, inner - 16, size), PAD + 16, y, size, line, { fill: TICK });
      notes.push(b.svg);
      y += b.height;
    }
    parts.push(`<g data-role="documents">${notes.join("")}</g>`);
    y += 6;
  }

  y += 6;
  parts.push(`<line${attrs({ x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: GRID })}/>`);
  y += 10;
  const footerSize = 12;
  const footerLine = 17;
  const block = (lines: string[], role: string, a: Record<string, string | number> = {}) => {
    const b = textLines(lines.flatMap((l) => wrapText(l, inner, footerSize, a["font-weight"] === 700)), PAD, y, footerSize, footerLine, { fill: MUTED, ...a });
    parts.push(`<g data-role="${role}">${b.svg}</g>`);
    y += b.height;
  };
  block([frame.filters], "filters");
  block(frame.sources, "sources");
  block([frame.dataAsOf], "data-as-of");
  block([frame.permalink], "permalink", { fill: LINK });
  y += 4;
  block([frame.product], "product", { fill: INK, "font-weight": 700 });
  y += PAD - 8;

  const height = Math.ceil(y);
  const style = `${frame.fontCss ?? ""}text{font-family:${FRAME_FONT_FAMILY};}`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: width * scale, height: height * scale, viewBox: `0 0 ${width} ${height}`, "font-family": FRAME_FONT_FAMILY })}>` +
    `<title>${escapeXml(frame.title)}</title>` +
    `<style><![CDATA[${style.replace(/]]>/g, "")}]]></style>` +
    `<rect${attrs({ width, height, fill: "#ffffff" })}/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}
