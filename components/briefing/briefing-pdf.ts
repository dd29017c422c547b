import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { chartMarkup } from "@/components/briefing/chart-markup";
import { readableUrl, superscriptNotes } from "@/lib/briefing/footnotes";
import type { BriefingLine, BriefingView } from "@/lib/briefing/view";
import { CHART_COLOURS } from "@/lib/charts/theme";
import { getDictionary } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { briefingText } from "@/lib/i18n/server-texts";

/**
 * The briefing as an A4 PDF, drawn with pdfkit from the same view object as the page
 * (lib/briefing/view.ts), its charts the page's own chart component rendered to SVG
 * (chart-markup.ts) and drawn by svg-to-pdfkit. Text is set in Inter, embedded as a subset, so
 * it can be selected and extracted and ə, қ and the superscript footnote numbers render.
 */

// Static TTFs: pdfkit subsets TrueType; fontkit cannot subset the site's variable WOFF2 files.
const FONT_FILES = {
  Inter: "400Regular/Inter_400Regular.ttf",
  "Inter-SemiBold": "600SemiBold/Inter_600SemiBold.ttf",
  "Inter-Bold": "700Bold/Inter_700Bold.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fonts: Record<FontName, Buffer> | null = null;
function fontData(): Record<FontName, Buffer> {
  const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
  fonts ??= Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(dir, file))])) as Record<FontName, Buffer>;
  return fonts;
}

const MARGIN = { top: 28, bottom: 34, left: 34, right: 34 };
const INK = CHART_COLOURS.ink;
const TEXT = CHART_COLOURS.text;
const MUTED = CHART_COLOURS.muted;
const LINK = CHART_COLOURS.link;
const RULE = CHART_COLOURS.axis;
const GUTTER = 14;

export interface PdfOptions {
  /** Absolute origin for the permalink printed on every page ("https://example.org"). */
  origin: string;
}

/** How densely the lower half is set: the first of these that keeps the briefing within two pages is used. */
interface Density {
  chartColumns: 2 | 3;
  footnoteColumns: 2 | 3;
  /** Point size of the footnotes. */
  footnoteSize: number;
  /** Share of its column a chart is drawn across. */
  chartScale: number;
}
const DENSITIES: Density[] = [
  { chartColumns: 2, footnoteColumns: 2, footnoteSize: 6, chartScale: 1 },
  { chartColumns: 3, footnoteColumns: 3, footnoteSize: 5.8, chartScale: 1 },
  { chartColumns: 3, footnoteColumns: 3, footnoteSize: 5.4, chartScale: 0.9 },
  { chartColumns: 3, footnoteColumns: 3, footnoteSize: 5.2, chartScale: 0.8 },
];
const MAX_PAGES = 2;

type Chart = { heading: string; notes: number[]; svg: string; width: number; height: number };

/**
 * Lays the briefing out from the top; with `draw` false it only measures (same heights, nothing
 * written) and returns the page count, so a denser setting can be chosen before anything is drawn.
 */
function layout(doc: PDFKit.PDFDocument, view: BriefingView, charts: Chart[], density: Density, origin: string, draw: boolean): number {
  let pages = 1;
  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = doc.page.height - MARGIN.bottom;
  let y = MARGIN.top;
  const newPage = () => {
    pages++;
    if (draw) doc.addPage();
    y = MARGIN.top;
  };
  const ensure = (h: number) => {
    if (y + h > bottom) newPage();
  };
  const font = (name: FontName, size: number) => doc.font(name).fontSize(size);
  const heightOf = (text: string, name: FontName, size: number, w: number) => font(name, size).heightOfString(text, { width: w });
  /** Writes text and returns its height. */
  const write = (text: string, name: FontName, size: number, colour: string, x: number, top: number, w: number, extra: PDFKit.Mixins.TextOptions = {}) => {
    const h = heightOf(text, name, size, w);
    if (draw)
      font(name, size)
        .fillColor(colour)
        .text(text, x, top, { width: w, ...extra });
    return h;
  };
  const rule = (top: number, weight: number, colour: string) => {
    if (draw)
      doc
        .moveTo(left, top)
        .lineTo(left + width, top)
        .lineWidth(weight)
        .strokeColor(colour)
        .stroke();
  };
  const heading = (text: string, x = left, w = width, top = y) => write(text, "Inter-Bold", 10, INK, x, top, w) + 3;
  const lineText = (l: BriefingLine) => `${l.text}${superscriptNotes(l.notes)}`;
  const LIST = 7.2;
  const listHeight = (lines: BriefingLine[], w: number) => lines.reduce((h, l) => h + heightOf(lineText(l), "Inter", LIST, w - 8) + 1.5, 0);
  const list = (lines: BriefingLine[], x: number, w: number, top: number) => {
    let h = 0;
    for (const l of lines) {
      write("•", "Inter", LIST, TEXT, x, top + h, 8);
      h += write(lineText(l), "Inter", LIST, TEXT, x + 8, top + h, w - 8) + 1.5;
    }
    return h;
  };

  // Title block
  y += write(view.title, "Inter-Bold", 15, INK, left, y, width) + 2;
  y += write(view.scope, "Inter-SemiBold", 10, INK, left, y, width) + 2;
  y += write(`${view.prepared} · ${origin}${view.pageHref}`, "Inter", 7.5, MUTED, left, y, width) + 3;
  rule(y, 0.75, RULE);
  y += 7;

  // Headline figures: one column per reporting side, never merged.
  const { headlines } = view;
  y += heading(headlines.heading);
  y += write(headlines.lead, "Inter", 7, MUTED, left, y, width) + 3;
  const colW = [width * 0.31, width * 0.23, width * 0.23, width * 0.23];
  const colX = colW.map((_, i) => left + colW.slice(0, i).reduce((a, b) => a + b, 0));
  const cellPad = 6;
  const w = (i: number) => (colW[i] ?? 0) - cellPad;
  const x = (i: number) => colX[i] ?? left;
  y += Math.max(...headlines.columns.map((c, i) => write(c, "Inter-SemiBold", 7, MUTED, x(i), y, w(i)))) + 2;
  rule(y, 0.5, RULE);
  y += 3;
  for (const row of headlines.rows) {
    const cellHeight = (c: (typeof row.cells)[number], i: number) =>
      c ? heightOf(`${c.value}${superscriptNotes([c.note])}`, "Inter-Bold", 8, w(i + 1)) + heightOf(`${c.period} · ${c.status}`, "Inter", 6.5, w(i + 1)) : 9;
    const h = Math.max(heightOf(row.label, "Inter-SemiBold", 7.5, w(0)), ...row.cells.map(cellHeight)) + 4;
    ensure(h);
    write(row.label, "Inter-SemiBold", 7.5, INK, x(0), y, w(0));
    row.cells.forEach((c, i) => {
      if (!c) {
        write(briefingText.notPublished, "Inter", 6.5, MUTED, x(i + 1), y, w(i + 1));
        return;
      }
      const vh = write(`${c.value}${superscriptNotes([c.note])}`, "Inter-Bold", 8, INK, x(i + 1), y, w(i + 1));
      write(`${c.period} · ${c.status}`, "Inter", 6.5, MUTED, x(i + 1), y + vh, w(i + 1));
    });
    y += h;
    rule(y - 2, 0.25, CHART_COLOURS.grid);
  }
  y += 7;

  // Documents and overdue side by side.
  const half = (width - GUTTER) / 2;
  const { documents, overdue } = view;
  const rightX = left + half + GUTTER;
  const overdueHeight = () =>
    heightOf(overdue.lead, "Inter", 7, half) +
    2 +
    (overdue.groups.length ? overdue.groups.reduce((h, g) => h + heightOf(g.project, "Inter-SemiBold", 7.2, half) + 1 + listHeight(g.items, half), 0) : heightOf(overdue.none, "Inter", LIST, half));
  ensure(16 + Math.max(listHeight(documents.lines, half), overdueHeight()));
  const top = y;
  const hLeft = heading(documents.heading, left, half, top);
  const leftH = hLeft + list(documents.lines, left, half, top + hLeft);
  let rightH = heading(overdue.heading, rightX, half, top);
  rightH += write(overdue.lead, "Inter", 7, MUTED, rightX, top + rightH, half) + 2;
  if (overdue.groups.length === 0) rightH += write(overdue.none, "Inter", LIST, TEXT, rightX, top + rightH, half);
  for (const g of overdue.groups) {
    rightH += write(g.project, "Inter-SemiBold", 7.2, INK, rightX, top + rightH, half) + 1;
    rightH += list(g.items, rightX, half, top + rightH);
  }
  y = top + Math.max(leftH, rightH) + 6;

  // Key charts: the page's narrow drawing, scaled to the column.
  const cols = density.chartColumns;
  const colWidth = (width - GUTTER * (cols - 1)) / cols;
  const caption = (c: Chart) => `${c.heading}${superscriptNotes(c.notes)}`;
  const drawn = colWidth * density.chartScale;
  const chartHeight = (c: Chart) => heightOf(caption(c), "Inter-SemiBold", 7, colWidth) + 2 + c.height * (drawn / c.width) + 6;
  ensure(16 + (charts[0] ? chartHeight(charts[0]) : 12));
  y += heading(view.charts.heading);
  if (charts.length === 0) y += write(view.charts.none, "Inter", LIST, TEXT, left, y, width) + 4;
  // Masonry: each chart goes to the column that ends highest, so a tall chart leaves no hole beside it.
  let tops = Array.from({ length: cols }, () => y);
  for (const c of charts) {
    const h = chartHeight(c);
    let j = tops.indexOf(Math.min(...tops));
    if ((tops[j] ?? y) + h > bottom) {
      newPage();
      tops = tops.map(() => y);
      j = 0;
    }
    const cx = left + j * (colWidth + GUTTER);
    const cy = tops[j] ?? y;
    const capH = write(caption(c), "Inter-SemiBold", 7, INK, cx, cy, colWidth) + 2;
    if (draw) SVGtoPDF(doc, c.svg, cx, cy + capH, { width: drawn, height: c.height * (drawn / c.width), preserveAspectRatio: "xMinYMin meet", fontCallback: () => "Inter" });
    tops[j] = cy + h;
  }
  y = Math.max(y, ...tops);

  // Footnotes: title, publisher, date and address of every source, in balanced columns.
  const { footnotes } = view;
  const fnCols = density.footnoteColumns;
  const fnWidth = (width - GUTTER * (fnCols - 1)) / fnCols;
  const FN = density.footnoteSize;
  const fnText = (f: (typeof footnotes.items)[number]) => `${f.n}. ${f.line} ${readableUrl(f.url)}`;
  const fnHeights = footnotes.items.map((f) => font("Inter", FN).heightOfString(fnText(f), { width: fnWidth, lineGap: -0.5 }) + 0.6);
  const total = fnHeights.reduce((a, b) => a + b, 0);
  ensure(Math.min(total / fnCols, 80) + 20);
  rule(y, 0.5, RULE);
  y += 4;
  y += heading(footnotes.heading);
  let col = 0;
  let colTop = y;
  let acc = 0;
  let pageMax = y;
  const target = total / fnCols + 6;
  footnotes.items.forEach((f, i) => {
    const h = fnHeights[i] ?? 0;
    // A little room at the foot of each column: a line set with a link can run a hair taller than measured.
    // Columns are balanced to `target`; the last one takes whatever the page still holds.
    const limit = col === fnCols - 1 ? bottom - colTop - 4 : Math.min(target, bottom - colTop - 4);
    if (acc + h > limit && acc > 0) {
      col++;
      acc = 0;
      if (col === fnCols) {
        newPage();
        colTop = MARGIN.top;
        col = 0;
      }
    }
    const fx = left + col * (fnWidth + GUTTER);
    if (draw) {
      font("Inter", FN)
        .fillColor(TEXT)
        .text(`${f.n}. ${f.line} `, fx, colTop + acc, { width: fnWidth, lineGap: -0.5, continued: true });
      doc.fillColor(LINK).text(readableUrl(f.url), { link: f.url, lineGap: -0.5 });
    }
    acc += h;
    pageMax = Math.max(pageMax, colTop + acc);
  });
  y = pageMax;
  return pages;
}

export async function renderBriefingPdf(view: BriefingView, options: PdfOptions): Promise<Buffer> {
  const t = getDictionary();
  const product = t.meta.title;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    info: { Title: `${view.title} — ${view.scope}`, Author: product, Subject: view.scope, Creator: product },
    lang: requestLocale(),
    displayTitle: true,
  });
  for (const [name, data] of Object.entries(fontData())) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const charts: Chart[] = view.charts.items.map((c) => ({ heading: c.heading, notes: c.notes, ...chartMarkup(c.spec.model, "narrow") }));
  const density = DENSITIES.find((d) => layout(doc, view, charts, d, options.origin, false) <= MAX_PAGES) ?? DENSITIES[DENSITIES.length - 1]!;
  layout(doc, view, charts, density, options.origin, true);

  // Every page: product, permalink, page number (written in the bottom margin).
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Inter")
      .fontSize(6.5)
      .fillColor(MUTED)
      .text(`${product} · ${options.origin}${view.pageHref} · ${t.export.pageOf(p - range.start + 1, range.count)}`, MARGIN.left, doc.page.height - MARGIN.bottom + 14, {
        width: doc.page.width - MARGIN.left - MARGIN.right,
        lineBreak: false,
      });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}
