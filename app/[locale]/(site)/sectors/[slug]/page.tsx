import { unitName } from "@/lib/format";
import type { Metadata } from "next";
import { IndicatorCurrency } from "@/components/figures/indicator-currency";
import { notFound } from "next/navigation";
import { FilterBar } from "@/components/filters/filter-bar";
import { CopyLink } from "@/components/share/copy-link";
import { IndicatorChart, indicatorChartSpec } from "@/components/indicators/indicator-chart";
import { drawnOf, FigureTableDetails } from "@/components/panels/figure-table";
import { MilestoneListBody } from "@/components/panels/sector-panel";
import { Static } from "@/components/ui/static-html";
import { StatementList } from "@/components/summaries/statement-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, TitledCard } from "@/components/ui/card";
import { listDocumentMarkers } from "@/db/queries/documents";
import { listYears } from "@/db/queries/figures";
import { markedDocuments } from "@/lib/charts/spec";
import { listIndicators } from "@/db/queries/indicators";
import { getSector, listSectorProjects, sectorNames } from "@/db/queries/sectors";
import type { SectorSlug } from "@/lib/constants";
import { filtersToQuery, parsePageFilters, viewHref, type ParamSource, type SectorFilter } from "@/lib/search-params";
import { filteredTitle } from "@/lib/filtered-title";
import { formatDate } from "@/lib/format";
import { filterLabels, getDictionary } from "@/lib/i18n";
import { TARGET_BASE, growthStatements, latestGapStatement, progressStatements, type Statement } from "@/lib/summaries";
import { langQuery, localHref, localViewHref, pageLocale } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";
import { languageAlternates } from "@/lib/i18n/alternates";

// Rendered from its search params on each request; server.mjs keeps the finished page until the content version moves (lib/page-cache.js).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<ParamSource> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await pageLocale(params);
  const sector = getSector({ slug: (await params).slug });
  const filters = parsePageFilters("sector", await searchParams);
  if (!sector) return { title: getDictionary().errors.notFoundTitle };
  return { title: filteredTitle(sector.name, filters), alternates: languageAlternates(viewHref("sector", `/sectors/${sector.slug}`, filters)) };
}

export default async function SectorPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = getDictionary();
  const { slug } = await params;
  const sector = getSector({ slug });
  if (!sector) notFound();
  const filters = parsePageFilters("sector", await searchParams);
  const indicators = listIndicators({ sector: sector.slug, from: filters.from, to: filters.to });
  // Titles resolved once (an unidentified document says so) for the chart markers and the list below.
  const docs = markedDocuments(listDocumentMarkers({ sector: sector.slug as SectorSlug }));
  const projects = listSectorProjects({ sector: sector.slug });
  const all = indicators.flatMap((i) => i.figures);

  const statements: Statement[] = [...growthStatements(all)];
  const gap = latestGapStatement(all.filter((f) => f.periodType === "year" || f.periodType === "year_to_date"));
  if (gap) statements.push(gap);
  for (const ind of indicators) {
    const base = indicators.find((i) => i.slug === TARGET_BASE[ind.slug]);
    if (base) statements.push(...progressStatements(ind.figures, base.figures));
  }

  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  const href = localViewHref("sector", `/sectors/${sector.slug}`, filters);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: t.nav.overview, href: localHref(`/${rangeQuery}`) }, { label: sector.name }]} />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{sector.name}</h1>
        <p className="text-sm text-slate-700 sm:text-base">
          <ContentText text={sector.description} />
        </p>
        <CopyLink href={href} label={t.share.copyLinkLabel(t.share.thisView)} />
      </div>
      <FilterBar filters={filters} basePath={localHref(`/sectors/${sector.slug}`)} years={listYears()} sectorLabels={sectorNames()} labels={filterLabels()} showSector={false} />

      <TitledCard id="summary" title={t.sector.summaryHeading}>
        <Static>
          <StatementList statements={statements} />
        </Static>
      </TitledCard>

      <section aria-labelledby="indicators" className="space-y-3">
        <h2 id="indicators" className="text-xl font-semibold text-slate-900">
          {t.sector.indicatorsHeading}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {indicators.map((ind) => {
            const spec = ind.figures.length ? indicatorChartSpec({ indicator: ind, figures: ind.figures, gaps: ind.gaps, filters, markerDocs: docs }) : null;
            // The table lists what the chart draws; the indicator page lists every figure, a page at a time.
            const drawn = spec ? drawnOf(spec, ind.figures) : [];
            return (
              <Card key={ind.slug} aria-labelledby={`ind-${ind.slug}`} className="flex flex-col gap-3">
                <Static className="contents">
                  <header>
                    <h3 id={`ind-${ind.slug}`} className="text-base font-semibold text-slate-900">
                      <a href={localHref(`/indicators/${ind.slug}${rangeQuery}`)} className="hover:underline">
                        {ind.name}
                      </a>{" "}
                      <span className="text-sm font-normal text-slate-500">({unitName(ind.unit)})</span>
                    </h3>
                    <p className="text-sm text-slate-600">
                      <ContentText text={ind.description} />
                    </p>
                  </header>
                </Static>
                {ind.figures.length === 0 ? (
                  <p className="text-sm italic text-slate-500">{t.sector.noFigures}</p>
                ) : (
                  <IndicatorChart indicator={ind} figures={ind.figures} gaps={ind.gaps} filters={filters} markerDocs={docs} markerSector={sector.slug} viewHref={href} spec={spec ?? undefined} />
                )}
                <Static className="contents">
                  <IndicatorCurrency indicator={ind} figures={ind.figures} />
                  {ind.caveat && (
                    <p className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">
                      <span className="font-semibold">{t.panels.caveat}: </span>
                      <ContentText text={ind.caveat} />
                    </p>
                  )}
                </Static>
                {(ind.figures.length > 0 || ind.gaps.length > 0) && (
                  <FigureTableDetails
                    summary={t.panels.figuresSummary(drawn.length, ind.gaps.length)}
                    src={`/api/indicators/${ind.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=table${langQuery()}`}
                    more={ind.figures.length - drawn.length}
                    indicators={[ind]}
                    rangeQuery={rangeQuery}
                  />
                )}
              </Card>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="documents" className="space-y-3">
        <h2 id="documents" className="text-xl font-semibold text-slate-900">
          {t.sector.documentsHeading}
        </h2>
        {docs.length === 0 ? (
          <p className="text-sm text-slate-600">{t.documents.none}</p>
        ) : (
          <Card>
            <Static>
              <ol className="space-y-2 text-sm">
                {docs.map((d) => (
                  <li key={d.slug} className="flex flex-wrap gap-x-3">
                    <span className="w-28 shrink-0 text-slate-600">◆ {formatDate(d.signedOn)}</span>
                    <a href={localHref(`/documents/${d.slug}`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
                      {d.title}
                    </a>
                  </li>
                ))}
              </ol>
              {sector.primary && (
                <p className="mt-3 text-sm">
                  <a href={localHref(`/documents${filtersToQuery({ sector: sector.slug as SectorFilter })}`)} className="text-sky-800 underline">
                    {t.documents.allOfSector(sector.name)}
                  </a>
                </p>
              )}
            </Static>
          </Card>
        )}
      </section>

      {projects.length > 0 && (
        <section aria-labelledby="projects" className="space-y-3">
          <h2 id="projects" className="text-xl font-semibold text-slate-900">
            {t.sector.projectsHeading}
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {projects.map((p) => (
              <Card key={p.slug} aria-labelledby={`project-${p.slug}`}>
                <Static className="space-y-2">
                  <h3 id={`project-${p.slug}`} className="text-base font-semibold text-slate-900">
                    {p.name} <span className="text-sm font-normal text-slate-600">· {t.projectStatus[p.status]}</span>
                  </h3>
                  {p.location && <ContentText className="block text-xs text-slate-600" text={p.location} />}
                  <p className="text-sm text-slate-800">
                    <ContentText text={p.summary} />
                  </p>
                  {p.note && <ContentText className="block text-xs text-slate-600" text={p.note} />}
                  {p.milestones.length > 0 && <MilestoneListBody project={p} />}
                </Static>
              </Card>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
