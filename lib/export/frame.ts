import type { ChartSpec } from "../charts/spec";
import { formatDate } from "../format";
import { getDictionary } from "../i18n";
import type { Frame } from "./frame-svg";
import { filtersText, sourceLines, unitText } from "./texts";

/** The export frame around a chart: `chart` is the page's own chart SVG, `permalink` the absolute URL of the view. */
export function frameFromSpec(spec: ChartSpec, chart: Frame["chart"], permalink: string): Frame {
  const t = getDictionary();
  return {
    title: spec.title,
    subtitle: unitText(spec.unit),
    chart,
    documents: spec.documents.length ? { heading: t.export.markedDocuments, lines: spec.documents.map((d) => t.export.markedDocument(formatDate(d.signedOn), d.title)) } : null,
    filters: filtersText(spec),
    sources: sourceLines(spec.points),
    dataAsOf: t.export.dataAsOf(formatDate(spec.dataAsOf)),
    permalink: t.export.permalinkLine(permalink),
    product: t.meta.title,
  };
}

/** Every character the frame will draw, to choose which font subsets to embed. */
export function frameText(frame: Frame, chartText: string): string {
  return [
    frame.title,
    frame.subtitle,
    chartText,
    frame.documents?.heading ?? "",
    ...(frame.documents?.lines ?? []),
    frame.filters,
    ...frame.sources,
    frame.dataAsOf,
    frame.permalink,
    frame.product,
    "0123456789.,-",
  ].join("");
}
