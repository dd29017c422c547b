import { ChartView } from "@/components/charts/chart-view";
import { ChartSources } from "@/components/charts/chart-sources";
import { ExportMenu } from "@/components/charts/export-menu";
import { CopyLink } from "@/components/share/copy-link";
import { EmbedCode } from "@/components/share/embed-code";
import { Static } from "@/components/ui/static-html";
import { indicatorChart, type ChartSpec, type MarkedDocument } from "@/lib/charts/spec";
import type { Figure, Gap } from "@/lib/figures";
import { filtersToQuery, type Filters } from "@/lib/search-params";
import { exportMenuLabels, getDictionary } from "@/lib/i18n";
import { localHref, langQuery } from "@/lib/i18n/request-locale";

/** The chart description an indicator's chart draws (marks link to their indicator page unless `linkMarks` is false). */
export function indicatorChartSpec({
  indicator,
  figures,
  gaps,
  filters,
  markerDocs = [],
  linkMarks = true,
}: {
  indicator: { slug: string; name: string; sector: { slug: string; name: string } };
  figures: Figure[];
  gaps: Gap[];
  filters: Pick<Filters, "from" | "to">;
  markerDocs?: MarkedDocument[];
  linkMarks?: boolean;
}): ChartSpec {
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  return indicatorChart({ indicator, figures, gaps, filters, documents: markerDocs, hrefFor: linkMarks ? (f) => localHref(`/indicators/${f.indicatorSlug}${rangeQuery}`) : undefined });
}

/** One indicator's chart with its export menu; a sector page marks its sector's documents (◆) on it. */
export function IndicatorChart({
  indicator,
  figures,
  gaps,
  filters,
  markerDocs = [],
  markerSector,
  linkMarks = true,
  viewHref,
  spec: given,
}: {
  indicator: { slug: string; name: string; sector: { slug: string; name: string } };
  figures: Figure[];
  gaps: Gap[];
  filters: Pick<Filters, "from" | "to">;
  /** Dated documents to mark (◆), and the sector they were listed for, so the export's description marks the same ones. */
  markerDocs?: MarkedDocument[];
  markerSector?: string;
  linkMarks?: boolean;
  /** The canonical URL of the page showing the chart: its "Copy link" points at the chart on it. */
  viewHref?: string;
  /** The chart's description when the page has built it already (for the table of what it draws). */
  spec?: ChartSpec;
}) {
  const t = getDictionary();
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  // One description of the chart for the page, its export menu and its CSV URL, so all three show the same marks.
  const spec = given ?? indicatorChartSpec({ indicator, figures, gaps, filters, markerDocs, linkMarks });
  const specUrl = `/api/indicators/${indicator.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=export${langQuery()}${markerSector && markerDocs.length ? `&markers=${markerSector}` : ""}`;
  return (
    <figure className="space-y-2" id={`chart-${spec.model.id}`} data-chart-figure={spec.model.id}>
      <div className="flex items-start justify-end gap-2">
        <ExportMenu labels={exportMenuLabels(spec.title)} specUrl={specUrl} viewHref={viewHref ?? spec.pagePath} />
        {/* Script-free controls (the page script in the head works them): static markup, sent once. */}
        <Static className="contents">
          {viewHref && <CopyLink href={`${viewHref}#chart-${spec.model.id}`} label={t.share.copyLinkLabel(spec.title)} />}
          <EmbedCode path={spec.embedPath} title={spec.title} />
        </Static>
      </div>
      <p className="sr-only">{t.panels.chartHint}</p>
      <ChartView model={spec.model} />
      {spec.model.notDrawn > 0 && <p className="text-xs text-slate-600">{t.indicator.notDrawn(spec.model.notDrawn)}</p>}
      <ChartSources spec={spec} />
    </figure>
  );
}
