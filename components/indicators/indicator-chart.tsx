import { ChartView } from "@/components/charts/chart-view";
import { ExportMenu } from "@/components/charts/export-menu";
import { indicatorChart, type MarkedDocument } from "@/lib/charts/spec";
import type { Figure, Gap } from "@/lib/figures";
import { filtersToQuery, type Filters } from "@/lib/search-params";
import { exportMenuLabels, getDictionary } from "@/lib/i18n";

/** One indicator's chart with its export menu; a sector page marks its sector's documents (◆) on it. */
export function IndicatorChart({
  indicator,
  figures,
  gaps,
  filters,
  markerDocs = [],
  markerSector,
  linkMarks = true,
}: {
  indicator: { slug: string; name: string; sector: { slug: string; name: string } };
  figures: Figure[];
  gaps: Gap[];
  filters: Pick<Filters, "from" | "to">;
  /** Dated documents to mark (◆), and the sector they were listed for, so the export's description marks the same ones. */
  markerDocs?: MarkedDocument[];
  markerSector?: string;
  linkMarks?: boolean;
}) {
  const t = getDictionary();
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  // One description of the chart for the page, its export menu and its CSV URL, so all three show the same marks.
  const spec = indicatorChart({ indicator, figures, gaps, filters, documents: markerDocs, hrefFor: linkMarks ? (f) => `/indicators/${f.indicatorSlug}${rangeQuery}` : undefined });
  const specUrl = `/api/indicators/${indicator.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=export${markerSector && markerDocs.length ? `&markers=${markerSector}` : ""}`;
  return (
    <figure className="space-y-2" data-chart-figure={spec.model.id}>
      <ExportMenu labels={exportMenuLabels(spec.title)} specUrl={specUrl} />
      <p className="sr-only">{t.panels.chartHint}</p>
      <ChartView model={spec.model} />
      {spec.model.notDrawn > 0 && <p className="text-xs text-slate-600">{t.indicator.notDrawn(spec.model.notDrawn)}</p>}
    </figure>
  );
}
