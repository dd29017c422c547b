import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterBar } from "@/components/filters/filter-bar";
import { CopyLink } from "@/components/share/copy-link";
import { InteractiveChart } from "@/components/charts/interactive-chart";
import { IndicatorChart } from "@/components/indicators/indicator-chart";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TitledCard } from "@/components/ui/card";
import { SourceLink } from "@/components/ui/source-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { listFiguresPage, listYears } from "@/db/queries/figures";
import { IndicatorFigureRow } from "@/components/indicators/figure-row";
import { MoreFigures } from "@/components/indicators/more-figures";
import { Providers } from "@/components/providers";
import { encodeCursor, FIGURE_PAGE } from "@/lib/table-params";
import { listIndicatorHistory } from "@/db/queries/history";
import { IndicatorCurrency } from "@/components/figures/indicator-currency";
import { getIndicator } from "@/db/queries/indicators";
import { sectorNames } from "@/db/queries/sectors";
import { PRIMARY_SECTORS } from "@/lib/constants";
import { filtersToQuery, parsePageFilters, viewHref, type ParamSource } from "@/lib/search-params";
import { filteredTitle } from "@/lib/filtered-title";
import { formatDate, formatQuantity } from "@/lib/format";
import { filterLabels, getDictionary } from "@/lib/i18n";
import { findDisagreements } from "@/lib/summaries";
import { localHref, localViewHref, pageLocale, langQuery } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";
import { unitName } from "@/lib/format";
import { languageAlternates } from "@/lib/i18n/alternates";
import { ColumnHeads } from "@/components/ui/column-heads";
import { Static } from "@/components/ui/static-html";

// Rendered from its search params on each request; server.mjs keeps the finished page until the content version moves (lib/page-cache.js).
export const dynamic = "force-dynamic";

const DISAGREEMENTS_SHOWN = 6;

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<ParamSource> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await pageLocale(params);
  const ind = getIndicator({ slug: (await params).slug });
  const filters = parsePageFilters("indicator", await searchParams);
  if (!ind) return { title: getDictionary().errors.notFoundTitle };
  return { title: filteredTitle(ind.name, filters), alternates: languageAlternates(viewHref("indicator", `/indicators/${ind.slug}`, filters)) };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = getDictionary();
  const { slug } = await params;
  const filters = parsePageFilters("indicator", await searchParams);
  const ind = getIndicator({ slug, from: filters.from, to: filters.to });
  if (!ind) notFound();
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  // The reader sees the latest disagreements; with monthly figures from both sides there can be hundreds, and the table lists every figure.
  const disagreements = findDisagreements(ind.figures).slice(-DISAGREEMENTS_SHOWN);
  const pageQuery = new URLSearchParams({ indicator: ind.slug, ...(filters.from ? { from: String(filters.from) } : {}), ...(filters.to ? { to: String(filters.to) } : {}) });
  const firstPage = listFiguresPage({ indicatorSlug: ind.slug, from: filters.from, to: filters.to, limit: FIGURE_PAGE.defaultLimit });
  const nextHref = firstPage.nextCursor ? `/api/indicators?${pageQuery}&cursor=${encodeCursor(firstPage.nextCursor)}` : null;
  const csvQuery = `${pageQuery}&format=csv`;
  const history = listIndicatorHistory({ slug: ind.slug });
  const q = (v: { value: number; qualifier: string } | null) => (v ? formatQuantity(v.value, ind.unit, v.qualifier as Parameters<typeof formatQuantity>[2]) : "—");
  const isPrimary = (PRIMARY_SECTORS as readonly string[]).includes(ind.sector.slug);

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: t.nav.overview, href: localHref(`/${filtersToQuery({ sector: isPrimary ? (ind.sector.slug as (typeof PRIMARY_SECTORS)[number]) : "all", from: filters.from, to: filters.to })}`) },
          { label: ind.sector.name, href: localHref(`/sectors/${ind.sector.slug}${rangeQuery}`) },
          { label: ind.name },
        ]}
      />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{ind.name}</h1>
        <p className="text-sm text-slate-700 sm:text-base">
          <ContentText text={ind.description} />{" "}
          <span className="text-slate-500">
            ({t.indicator.unit}: {unitName(ind.unit)})
          </span>
        </p>
        <IndicatorCurrency indicator={ind} figures={ind.figures} />
        <CopyLink href={localViewHref("indicator", `/indicators/${ind.slug}`, filters)} label={t.share.copyLinkLabel(t.share.thisView)} />
      </div>
      <FilterBar filters={filters} basePath={localHref(`/indicators/${ind.slug}`)} years={listYears()} sectorLabels={sectorNames()} labels={filterLabels()} showSector={false} />

      <TitledCard id="chart" title={t.indicator.chartHeading}>
        {ind.figures.length ? (
          <div className="space-y-3">
            <IndicatorChart indicator={ind} figures={ind.figures} gaps={ind.gaps} filters={filters} linkMarks={false} viewHref={localViewHref("indicator", `/indicators/${ind.slug}`, filters)} />
            <InteractiveChart specUrl={`/api/indicators/${ind.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=export${langQuery()}`} />
          </div>
        ) : (
          <p className="text-sm italic text-slate-500">{t.sector.noFigures}</p>
        )}
        {ind.caveat && (
          <p className="mt-3 rounded-md bg-amber-50 p-2 text-xs text-amber-900">
            <span className="font-semibold">{t.panels.caveat}: </span>
            <ContentText text={ind.caveat} />
          </p>
        )}
      </TitledCard>

      {disagreements.length > 0 && (
        <TitledCard id="disagreements" title={t.indicator.disagreementsHeading} spaced={false}>
          <p className="mb-3 text-sm text-slate-600">{t.indicator.disagreementsLead}</p>
          <Static>
            <ul className="space-y-3">
              {disagreements.map((d) => (
                <li key={`${d.periodStart}-${d.periodEnd}`} className="rounded-lg border border-slate-200 p-3" data-disagreement={d.periodLabel}>
                  <p className="text-sm font-semibold text-slate-900">
                    {d.periodLabel}: {t.indicator.spread(formatQuantity(d.spread, ind.unit))}
                  </p>
                  <ul className="mt-2 grid gap-2 sm:grid-cols-2">
                    {d.figures.map((f) => (
                      <li key={f.id} className="text-sm">
                        <span className="font-semibold tabular-nums">{formatQuantity(f.value, f.unit, f.qualifier)}</span> · {t.reporter[f.reporter]} · <StatusBadge status={f.status} />
                        <span className="block text-xs">
                          <SourceLink source={f.source} />
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Static>
        </TitledCard>
      )}

      <TitledCard id="observations" title={t.indicator.tableHeading} spaced={false}>
        <p className="mb-2 text-sm text-slate-600">{t.indicator.tableLead(firstPage.total)}</p>
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t.indicator.tableHeading}</caption>
            <ColumnHeads
              columns={[t.figure.period, { label: t.figure.value, className: "text-right" }, t.figure.status, t.figure.reporter, t.figure.source, t.figure.confidence]}
              cellClassName="py-2 pr-3 font-medium"
              className="text-xs text-slate-600"
              rowClassName="border-b border-slate-200"
            />
            {/* Static row groups (components/ui/static-html.tsx): the first page, then the rows the "more" button fetches, then the gaps. */}
            <Static as="tbody">
              {firstPage.figures.map((f) => (
                <IndicatorFigureRow key={f.id} f={f} />
              ))}
            </Static>
            {firstPage.total > firstPage.figures.length && (
              <tbody>
                <Providers>
                  <MoreFigures slug={ind.slug} firstNext={nextHref} shown={firstPage.figures.length} total={firstPage.total} colSpan={6} />
                </Providers>
              </tbody>
            )}
            {ind.gaps.length > 0 && (
              <Static as="tbody">
                {ind.gaps.map((g) => (
                  <tr key={g.key} className="border-b border-slate-100 align-top" data-gap={g.key}>
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {g.periodLabel}
                    </th>
                    <td className="py-2 pr-3 text-right italic text-slate-500">{t.panels.notPublished}</td>
                    <td className="py-2 pr-3" />
                    <td className="py-2 pr-3">{t.reporter[g.reporter]}</td>
                    <td className="py-2 pr-3 text-xs text-slate-600" colSpan={2}>
                      {g.note && <ContentText text={g.note} />}
                    </td>
                  </tr>
                ))}
              </Static>
            )}
          </table>
        </div>
        <p className="mt-2 text-sm">
          <a href={`/api/indicators?${csvQuery}`} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800" download>
            {t.indicator.allFiguresCsv}
          </a>
        </p>
      </TitledCard>

      {history.length > 0 && (
        <TitledCard id="history" title={t.admin.history.heading}>
          <Static>
            <ul className="space-y-1.5 text-sm" data-testid="change-history">
              {history.map((h) => {
                const when = formatDate(h.at.slice(0, 10));
                const text =
                  h.action === "create" || !h.from
                    ? t.admin.history.added(h.periodLabel, when, t.admin.history.anEditor)
                    : h.action === "delete" || !h.to
                      ? t.admin.history.removed(h.periodLabel, when, t.admin.history.anEditor)
                      : h.from.value !== h.to.value
                        ? t.admin.history.revised(h.periodLabel, q(h.from), q(h.to), when, t.admin.history.anEditor)
                        : t.admin.history.changed(h.periodLabel, when, t.admin.history.anEditor);
                return (
                  <li key={h.id}>
                    {text}
                    {h.source && (
                      <>
                        {" · "}
                        <SourceLink source={{ ...h.source, originator: null }} />
                      </>
                    )}
                    {h.reason && (
                      <span className="text-slate-600">
                        {" "}
                        ({t.admin.history.reason}: {h.reason})
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </Static>
        </TitledCard>
      )}

      {ind.documents.length > 0 && (
        <TitledCard id="documents" title={t.indicator.documentsHeading}>
          <ul className="space-y-2 text-sm">
            {ind.documents.map((d) => (
              <li key={d.slug}>
                <Link href={localHref(`/documents/${d.slug}`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
                  {d.title ?? t.documents.unnamed}
                </Link>
                {d.signedOn && <span className="text-slate-600"> · {formatDate(d.signedOn)}</span>}
                {d.note && <span className="block text-xs text-slate-600">{d.note}</span>}
              </li>
            ))}
          </ul>
        </TitledCard>
      )}
    </div>
  );
}
