import { ExportMenu } from "@/components/charts/export-menu";
import { StaticBarChart, type BarInfo } from "@/components/charts/static-bar-chart";
import { StatusLegend } from "@/components/charts/status-legend";
import { placeMarkers, type CategoryBy, type MarkedDocument, type SeriesBy } from "@/lib/chart-data";
import { indicatorChartExport } from "@/lib/export/chart-export";
import type { Figure } from "@/lib/figures";
import { filtersToQuery, type Filters } from "@/lib/filters";
import { formatDate, formatQuantity } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { chartableFigures } from "@/lib/select-figures";

/** A sourced-figure bar chart with status styling, links to the indicator and optional document markers. */
export function IndicatorChart({
  indicator,
  figures,
  filters,
  plan,
  layout,
  markerDocs = [],
  markerSector,
  sector,
  linkBars = true,
}: {
  indicator: { slug: string; name: string; sector: { slug: string; name: string } };
  figures: Figure[];
  filters: Pick<Filters, "from" | "to">;
  plan?: { categoryBy: CategoryBy; seriesBy: SeriesBy };
  layout?: "horizontal" | "vertical";
  /** Dated documents to mark (◆), and the sector they were listed for, so the export's description marks the same ones. */
  markerDocs?: MarkedDocument[];
  markerSector?: string;
  sector?: string;
  linkBars?: boolean;
}) {
  const t = getDictionary();
  const drawn = chartableFigures(figures);
  // One description of the chart for the page, its export menu and its CSV URL, so all three show the same bars.
  const exported = indicatorChartExport({ indicator, figures, filters, plan, layout, documents: markerDocs });
  const chart = exported.chart;
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  const hrefs = linkBars ? Object.fromEntries(figures.map((f) => [f.id, `/indicators/${f.indicatorSlug}${rangeQuery}`])) : undefined;
  const tooltips: Record<number, BarInfo> = Object.fromEntries(
    figures.map((f) => [
      f.id,
      {
        value: formatQuantity(f.value, f.unit, f.qualifier),
        lines: [`${f.periodLabel} · ${t.status[f.status]} · ${t.reporterShort[f.reporter]}`, `${t.figure.source}: ${f.source.publisher}, ${formatDate(f.source.publishedOn)}`],
      },
    ]),
  );
  const markers = placeMarkers(exported.markers, (year) => `/documents${filtersToQuery({ sector: (sector as Filters["sector"]) ?? "all", from: year, to: year })}`);
  const unit = figures[0]?.unit ?? "";
  return (
    <div className="space-y-2">
      <ExportMenu title={exported.title} specUrl={`/api/indicators/${indicator.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=export${markerSector && markerDocs.length ? `&markers=${markerSector}` : ""}`} />
      <p className="sr-only">{t.panels.chartHint}</p>
      <StaticBarChart data={chart} unitLabel={formatQuantity(0, unit).replace(/^0\s?/, "")} bars={tooltips} layout={layout} hrefs={hrefs} markers={markers} />
      <StatusLegend statuses={drawn.map((f) => f.status)} />
      {drawn.length < figures.length && <p className="text-xs text-slate-600">{t.indicator.partialHidden(figures.length - drawn.length)}</p>}
      {markers.length > 0 && <p className="text-xs text-orange-900">{t.sector.markerLegend}</p>}
    </div>
  );
}
