import { PAGE_FONT, buildFrameSvg } from "./frame-svg";
import { chartFromPage, embeddedFontCss, svgToPng } from "./browser";
import type { ChartSpec } from "../charts/spec";
import { buildCsv } from "./csv";
import { exportFileName, type ExportFormat } from "./file-name";
import { frameFromSpec, frameText } from "./frame";

export const PNG_SCALE = 2;

/**
 * Builds one export file of a chart, completely, before anything is downloaded. Images wrap the
 * chart the page drew (`chart`, its wide drawing), so the file is the picture the reader saw.
 * `viewUrl` is the page's absolute URL (the permalink in images); the CSV names its own URL,
 * so the file from the menu and the file from that URL are the same apart from the export time.
 */
export async function buildExport(
  spec: ChartSpec,
  format: ExportFormat,
  context: { origin: string; viewUrl: string; now: Date; chart: SVGSVGElement | null },
): Promise<{ blob: Blob; fileName: string }> {
  const fileName = exportFileName(spec.fileBase, format);
  if (format === "csv") {
    const csv = buildCsv(spec, { exportedAt: context.now, permalink: `${context.origin}${spec.csvPath}` });
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
  const { svg, width, height } = buildFrameSvg({ ...frame, fontCss }, { scale: PNG_SCALE });
  return { blob: await svgToPng(svg, width * PNG_SCALE, height * PNG_SCALE), fileName };
}
