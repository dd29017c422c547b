import { literalSeriesColour } from "../chart-style";
import { PRODUCT_NAME, type ObservationStatus } from "../constants";
import { formatDate, formatValue, shortUnit } from "../format";
import { getDictionary } from "../i18n";
import type { ChartExport } from "./chart-export";
import type { Frame } from "./frame-svg";
import { filtersText, sourceLines, unitText } from "./texts";

/** The export frame of a chart, in words and literal colours; `permalink` is the absolute URL of the view. */
export function frameFromExport(spec: ChartExport, permalink: string): Frame {
  const t = getDictionary();
  const byId = new Map(spec.points.map((p) => [p.figureId, p]));
  const statuses: ObservationStatus[] = [...new Set(spec.points.map((p) => p.status))];
  return {
    title: spec.title,
    subtitle: unitText(spec.unit),
    series: spec.chart.series.map((s, i) => ({ key: s.key, label: s.label, colour: literalSeriesColour(s.key, i) })),
    categories: spec.chart.rows.map((r) => ({
      label: r.label,
      cells: Object.fromEntries(
        spec.chart.series.map((s) => {
          const cell = r.cells[s.key];
          const point = cell ? byId.get(cell.figureId) : undefined;
          return [s.key, cell ? { value: cell.value, status: cell.status, label: formatValue(cell.value, point?.qualifier) } : undefined];
        }),
      ),
    })),
    layout: spec.layout,
    axisUnit: shortUnit(spec.unit),
    markers: spec.markers.map((m) => ({ category: m.x, count: m.documents.length })),
    documents: spec.markers.length
      ? { heading: t.export.markedDocuments, lines: spec.markers.flatMap((m) => m.documents.map((d) => t.export.markedDocument(formatDate(d.signedOn), d.title))) }
      : null,
    statusLegend: statuses.length > 1 ? { title: t.export.statusLegend, items: statuses.map((s) => ({ status: s, label: t.status[s] })) } : null,
    filters: filtersText(spec),
    sources: sourceLines(spec.points),
    dataAsOf: t.export.dataAsOf(formatDate(spec.dataAsOf)),
    permalink: t.export.permalinkLine(permalink),
    product: PRODUCT_NAME,
  };
}

/** Every character the frame will draw, to choose which font subsets to embed. */
export function frameText(frame: Frame): string {
  return [
    frame.title,
    frame.subtitle,
    frame.axisUnit,
    ...frame.series.map((s) => s.label),
    ...frame.categories.flatMap((c) => [c.label, ...Object.values(c.cells).map((x) => x?.label ?? "")]),
    frame.statusLegend?.title ?? "",
    frame.documents?.heading ?? "",
    ...(frame.documents?.lines ?? []),
    ...(frame.statusLegend?.items.map((i) => i.label) ?? []),
    frame.filters,
    ...frame.sources,
    frame.dataAsOf,
    frame.permalink,
    frame.product,
    "0123456789.,-",
  ].join("");
}
