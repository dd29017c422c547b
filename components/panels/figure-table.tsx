import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ChartSpec } from "@/lib/charts/spec";
import { SourceLink } from "@/components/ui/source-link";
import type { Figure, Gap } from "@/lib/figures";
import { formatValue, shortUnit } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { staticMarkup } from "@/components/ui/static-markup";
import { ColumnHeads } from "@/components/ui/column-heads";
import { localHref } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";
import { LazyFigureTable } from "@/components/panels/lazy-figure-table";

type FigureTableProps = { caption: string; figures: Figure[]; gaps?: Gap[]; showIndicator?: boolean };

/**
 * The chart's twin: every figure behind the chart (including any a bar does not show),
 * with period, status, reporting side and source, plus the periods known to be unpublished.
 * Pure markup (components/ui/static-markup.ts): the data routes send it when a page asks.
 */
export function FigureTableBody({ caption, figures, gaps = [], showIndicator = false }: FigureTableProps) {
  const t = getDictionary();
  return (
    <table className="ftable w-full min-w-[20rem] text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <ColumnHeads columns={[t.figure.period, { label: t.figure.value, className: "text-right" }, t.figure.status, t.figure.source]} cellClassName="font-medium" className="text-slate-600" />
      <tbody>
        {figures.map((f) => (
          <tr key={f.id} data-figure-row={f.key}>
            <th scope="row">
              {showIndicator && <span className="sub">{f.indicatorName}</span>}
              {f.periodLabel}
              <span className="sub">{t.reporterShort[f.reporter]}</span>
            </th>
            <td className="num">
              {formatValue(f.value, f.qualifier)} <span className="unit">{shortUnit(f.unit)}</span>
            </td>
            <td>
              <StatusBadge status={f.status} />
            </td>
            <td>
              <SourceLink source={f.source} />
              {f.note && <ContentText className="sub mt-0.5" text={f.note} />}
            </td>
          </tr>
        ))}
        {gaps.map((g) => (
          <tr key={g.key} data-gap={g.key}>
            <th scope="row">
              {g.periodLabel}
              <span className="sub">{t.reporterShort[g.reporter]}</span>
            </th>
            <td className="text-right italic text-slate-500">{t.panels.notPublished}</td>
            <td />
            <td className="text-slate-500">{g.note && <ContentText text={g.note} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The figures a chart draws, in the order given: what its table lists. */
export function drawnOf(spec: Pick<ChartSpec, "points">, figures: Figure[]): Figure[] {
  const ids = new Set(spec.points.map((p) => p.figureId));
  return figures.filter((f) => ids.has(f.id));
}

/** Under a chart's table: how many figures it does not draw, and where they are listed a page at a time. */
export function MoreOnIndicatorPages({ count, indicators, rangeQuery }: { count: number; indicators: { slug: string; name: string }[]; rangeQuery: string }) {
  const t = getDictionary();
  if (count <= 0) return null;
  return (
    <p className="mt-2 text-xs text-slate-700">
      {t.panels.moreOnIndicatorPage(count)} <IndicatorLinks indicators={indicators} rangeQuery={rangeQuery} />
    </p>
  );
}

function IndicatorLinks({ indicators, rangeQuery }: { indicators: { slug: string; name: string }[]; rangeQuery: string }) {
  const t = getDictionary();
  return indicators.map((i, n) => (
    <span key={i.slug}>
      {n > 0 && " · "}
      <Link href={localHref(`/indicators/${i.slug}${rangeQuery}#observations`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
        {t.panels.openIndicator(i.name)}
      </Link>
    </span>
  ));
}

/**
 * A chart's table behind its summary line: fetched from `src` (the chart's data route with
 * `format=table`, which draws FigureTableBody from the same figures) when first opened. Without
 * JavaScript, or if the fetch fails, the indicator pages it names list every figure.
 */
export function FigureTableDetails({ summary, src, more, indicators, rangeQuery }: { summary: string; src: string; more: number; indicators: { slug: string; name: string }[]; rangeQuery: string }) {
  const t = getDictionary();
  return (
    <details data-figure-details="">
      <summary className="cursor-pointer text-sm font-medium text-sky-900">{summary}</summary>
      <div className="mt-2">
        <LazyFigureTable key={src} src={src} loading={t.panels.tableLoading} failed={t.panels.tableFailed}>
          {more <= 0 && (
            <p className="text-xs text-slate-700">
              {t.panels.tableElsewhere} <IndicatorLinks indicators={indicators} rangeQuery={rangeQuery} />
            </p>
          )}
        </LazyFigureTable>
        <MoreOnIndicatorPages count={more} indicators={indicators} rangeQuery={rangeQuery} />
      </div>
    </details>
  );
}

/** The figure table's markup, as the data routes answer `format=table`. */
export function figureTableHtml(props: FigureTableProps): Response {
  return new Response(staticMarkup(<FigureTableBody {...props} />), { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
