import { PAGE_FONT, buildFrameSvg } from "./frame-svg";
import { chartFromPage, embeddedFontCss, svgToPng } from "./browser";
import type { ChartSpec } from "../charts/spec";
import { buildCsv } from "./csv";
import { choiceFormat, exportFileName, type ExportChoice } from "./file-name";
import { frameFromSpec, frameText } from "./frame";

export const PNG_SCALE = 2;
/** The social card: the size Open Graph and X cards display without cropping. */
export const SOCIAL_CARD = { width: 1200, height: 675 };
/** The print size: 2,400 px wide, 8 inches at 300 dpi (the 900 px frame at 8/3). */
export const PRINT_SCALE = 8 / 3;

/**
 * Builds one export file of a chart, completely, before anything is downloaded. Images wrap the
 * chart the page drew (`chart`, its wide drawing), so the file is the picture the reader saw.
 * `viewUrl` is the canonical absolute URL of the page (the permalink of every file); the CSV also
 * names its own URL, so the file from the menu and the file from that URL differ only in the export
 * time and, when the chart was on another page than its own, the permalink.
 */
export async function buildExport(
  spec: ChartSpec,
  choice: ExportChoice,
  context: { origin: string; viewUrl: string; now: Date; chart: SVGSVGElement | null },
): Promise<{ blob: Blob; fileName: string }> {
  const fileName = exportFileName(spec.fileBase, choice);
  const format = choiceFormat(choice);
  if (format === "csv") {
    const csv = buildCsv(spec, { exportedAt: context.now, permalink: context.viewUrl, csvUrl: `${context.origin}${spec.csvPath}` });
    return { blob: new Blob([csv], { type: "text/csv;charset=utf-8" }), fileName };
  }
  if (!context.chart) throw new Error("The chart to export was not found on the page");
  const chart = chartFromPage(context.chart);
  const frame = frameFromSpec(spec, chart, context.viewUrl);
  const fontCss = await embeddedFontCss(PAGE_FONT, frameText(frame, context.chart.textContent ?? ""));
  if (format === "svg") {
    const { svg } = buildFrameSvg({ ...frame, fontCss });
    return { blob: new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), fileName };
  }
  if (choice === "png-social") {
    // Drawn at the card's width, so the text wraps for the card rather than shrinking into it.
    const { svg, width, height } = buildFrameSvg({ ...frame, fontCss }, { width: SOCIAL_CARD.width, box: SOCIAL_CARD });
    return { blob: await svgToPng(svg, width, height), fileName };
  }
  const scale = choice === "png-print" ? PRINT_SCALE : PNG_SCALE;
  const { svg, width, height } = buildFrameSvg({ ...frame, fontCss }, { scale });
  return { blob: await svgToPng(svg, Math.round(width * scale), Math.round(height * scale)), fileName };
}
