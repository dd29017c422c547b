import { unitName } from "@/lib/format";
import { ChartView } from "@/components/charts/chart-view";
import { ChartSources } from "@/components/charts/chart-sources";
import { Static } from "@/components/ui/static-html";
import { ExportMenu } from "@/components/charts/export-menu";
import { drawnOf, FigureTableDetails } from "@/components/panels/figure-table";
import { Card } from "@/components/ui/card";
import { SourceLink } from "@/components/ui/source-link";
import type { PanelData } from "@/db/queries/overview";
import { markedDocuments, panelChart } from "@/lib/charts/spec";
import { formatDate } from "@/lib/format";
import { filtersToQuery, type Filters } from "@/lib/search-params";
import { exportMenuLabels, getDictionary } from "@/lib/i18n";
import Link from "next/link";
import { MilestoneStatus } from "@/components/projects/milestone-status";
import { localHref, localViewHref, langQuery } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";

export function SectorPanel({ panel, filters }: { panel: PanelData; filters: Filters }) {
  const t = getDictionary();
  const { figures, gaps, spec: panelSpec, sector, project } = panel;
  const headingId = `panel-${sector.slug}`;
  // Titles resolved once (an unidentified document says so) for the chart markers and the list below.
  const documents = markedDocuments(panel.documents);
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });
  // One description of the chart for the page, its export menu and its CSV URL, so all three show the same marks.
  const spec = panelChart({ sector, figures, gaps, seriesBy: panelSpec.seriesBy, filters, documents, hrefFor: (f) => localHref(`/indicators/${f.indicatorSlug}${rangeQuery}`) });
  const { title: chartTitle, unit } = spec;
  // The table is the chart's twin: the figures it draws. The rest (months, other periods) are on the indicator pages, a page at a time.
  const drawn = drawnOf(spec, figures);
  // The latest one here; the chart marks the rest (◆) and the sector's list has them all.
  const recentDocs = documents.slice(-1);

  return (
    <Card aria-labelledby={headingId} className="flex flex-col gap-3" as="section">
      <header>
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          <Link href={localHref(`/sectors/${sector.slug}${filtersToQuery({ from: filters.from, to: filters.to })}`)} className="hover:underline">
            {sector.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-600">
          <ContentText text={sector.description} />
        </p>
      </header>
      {figures.length === 0 ? (
        <p className="text-sm italic text-slate-500">{t.panels.noData}</p>
      ) : (
        <figure className="relative space-y-2" id={`chart-${spec.model.id}`} data-chart-figure={spec.model.id}>
          <figcaption className="pr-24 text-sm font-medium text-slate-800">
            {chartTitle} <span className="font-normal text-slate-500">({unitName(unit)})</span>
          </figcaption>
          {/* On the overview the chart's link and embed code are in its export menu: one Tab stop per panel, as a keyboard reader crosses five. */}
          <div className="absolute -top-1 right-0 flex items-start gap-2">
            <ExportMenu
              labels={exportMenuLabels(chartTitle)}
              specUrl={`/api/panels/${sector.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=export${langQuery()}`}
              viewHref={localViewHref("overview", "/", filters)}
              share={{ link: `${localViewHref("overview", "/", filters)}#chart-${spec.model.id}`, embed: spec.embedPath, title: chartTitle }}
            />
          </div>
          <p className="sr-only">{t.panels.chartHint}</p>
          <ChartView model={spec.model} />
          <ChartSources spec={spec} />
          <p className="text-xs text-slate-600">
            {[...new Map(figures.map((f) => [f.indicatorSlug, f.indicatorName])).entries()].map(([slug, name], i) => (
              <span key={slug}>
                {i > 0 && " · "}
                <Link href={localHref(`/indicators/${slug}${rangeQuery}`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
                  {t.panels.openIndicator(name)}
                </Link>
              </span>
            ))}
          </p>
        </figure>
      )}
      {panel.caveats.map((c) => (
        <p key={c} className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">
          <span className="font-semibold">{t.panels.caveat}: </span>
          <ContentText text={c} />
        </p>
      ))}
      <FigureTableDetails
        summary={t.panels.figuresSummary(drawn.length, gaps.length)}
        src={`/api/panels/${sector.slug}${rangeQuery}${rangeQuery ? "&" : "?"}format=table${langQuery()}`}
        more={figures.length - drawn.length}
        indicators={panelSpec.indicators.map((slug) => ({ slug, name: figures.find((f) => f.indicatorSlug === slug)?.indicatorName ?? slug }))}
        rangeQuery={rangeQuery}
      />
      {recentDocs.length > 0 && (
        <div>
          <h4 className="text-sm font-medium text-slate-800">{t.panels.recentDocuments}</h4>
          <ul className="mt-1 space-y-1 text-xs">
            {recentDocs.map((d) => (
              // Named here, opened from the sector's list below: one link per panel instead of two.
              <li key={d.slug} className="text-slate-700">
                <span className="text-slate-600">◆ {formatDate(d.signedOn)} · </span>
                {d.title}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs">
            <Link href={localHref(`/documents${filtersToQuery({ sector: sector.slug as Filters["sector"] })}`)} className="text-sky-800 underline">
              {t.documents.allOfSector(sector.name)}
            </Link>
          </p>
        </div>
      )}
      {project && project.milestones.length > 0 && <MilestoneList project={project} compact />}
    </Card>
  );
}

/** The last milestones reached and the next ones ahead; the rest of the history folds away (a long list would cost keyboard users a Tab stop per source). */
export function MilestoneList(props: { project: NonNullable<PanelData["project"]>; compact?: boolean }) {
  // Plain text and links: static markup, sent once (components/ui/static-html.tsx).
  return (
    <Static>
      <MilestoneListBody {...props} />
    </Static>
  );
}

export function MilestoneListBody({ project, compact = false }: { project: NonNullable<PanelData["project"]>; compact?: boolean }) {
  const t = getDictionary();
  const done = project.milestones.filter((m) => m.status === "actual");
  const overdue = project.milestones.filter((m) => m.overdue);
  const ahead = project.milestones.filter((m) => m.status !== "actual" && !m.overdue);
  // The overview shows the last step, the latest overdue plan and the next; the sector page all overdue plans and a little more of each.
  const shownSet = new Set(compact ? [...done.slice(-1), ...overdue.slice(-1), ...ahead.slice(0, 1)] : [...done.slice(-2), ...overdue, ...ahead.slice(0, 3)]);
  const shown = project.milestones.filter((m) => shownSet.has(m));
  const earlier = project.milestones.filter((m) => !shownSet.has(m) && done.includes(m));
  const later = project.milestones.filter((m) => !shownSet.has(m) && !done.includes(m));
  const item = (m: (typeof project.milestones)[number]) => (
    <li key={m.key} className="space-y-0.5">
      <p className="text-slate-600">
        <MilestoneStatus m={m} />
      </p>
      <p className="text-slate-900">{m.title}</p>
      <SourceLink source={{ ...m.source, originator: null }} />
    </li>
  );
  return (
    <div>
      <h4 className="text-sm font-medium text-slate-800">
        {t.panels.milestones}: {project.name}
      </h4>
      {earlier.length > 0 && (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-sky-900">{t.panels.earlierMilestones(earlier.length)}</summary>
          <ol className="mt-2 space-y-2 border-l border-slate-200 pl-3">{earlier.map(item)}</ol>
        </details>
      )}
      <ol className="mt-2 space-y-2 border-l border-slate-200 pl-3 text-xs">{shown.map(item)}</ol>
      {later.length > 0 && (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-sky-900">{t.panels.laterMilestones(later.length)}</summary>
          <ol className="mt-2 space-y-2 border-l border-slate-200 pl-3">{later.map(item)}</ol>
        </details>
      )}
    </div>
  );
}
