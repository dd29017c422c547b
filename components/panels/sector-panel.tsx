import { FigureBarChart, type TooltipInfo } from "@/components/charts/figure-bar-chart";
import { StatusLegend } from "@/components/charts/status-legend";
import { FigureTable } from "@/components/panels/figure-table";
import { Card } from "@/components/ui/card";
import { SourceLink } from "@/components/ui/source-link";
import type { PanelData } from "@/db/queries/overview";
import { buildChartData } from "@/lib/chart-data";
import { formatDate, formatQuantity } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";

export function SectorPanel({ panel }: { panel: PanelData }) {
  const t = getDictionary();
  const { figures, gaps, spec, sector, project } = panel;
  const headingId = `panel-${sector.slug}`;
  const first = figures[0];
  const chartTitle = first ? (spec.seriesBy === "indicator" ? sector.name : first.indicatorName) : sector.name;
  const unit = first?.unit ?? "";
  const chart = buildChartData(figures, spec.categoryBy, spec.seriesBy, { reporter: t.reporter, status: t.status });
  const tooltips: Record<number, TooltipInfo> = Object.fromEntries(
    figures.map((f) => [
      f.id,
      {
        value: formatQuantity(f.value, f.unit, f.qualifier),
        lines: [`${f.periodLabel} · ${t.status[f.status]} · ${t.reporterShort[f.reporter]}`, `${t.figure.source}: ${f.source.publisher}, ${formatDate(f.source.publishedOn)}`],
      },
    ]),
  );

  return (
    <Card aria-labelledby={headingId} className="flex flex-col gap-3" as="section">
      <header>
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {sector.name}
        </h3>
        <p className="text-sm text-slate-600">{sector.description}</p>
      </header>
      {figures.length === 0 ? (
        <p className="text-sm italic text-slate-500">{t.panels.noData}</p>
      ) : (
        <figure className="space-y-2" data-chart={sector.slug}>
          <figcaption className="text-sm font-medium text-slate-800">
            {chartTitle} <span className="font-normal text-slate-500">({unit})</span>
          </figcaption>
          <div className="w-full" role="img" aria-label={`${chartTitle}, bar chart. The figures are listed in the table below.`}>
            <FigureBarChart data={chart} unitLabel={formatQuantity(0, unit).replace(/^0\s?/, "")} tooltips={tooltips} layout={spec.layout} />
          </div>
          <StatusLegend statuses={figures.map((f) => f.status)} />
        </figure>
      )}
      {panel.caveats.map((c) => (
        <p key={c} className="rounded-md bg-amber-50 p-2 text-xs text-amber-900">
          <span className="font-semibold">{t.panels.caveat}: </span>
          {c}
        </p>
      ))}
      <details className="group">
        <summary className="cursor-pointer text-sm font-medium text-sky-900">
          {t.panels.figuresSummary(figures.length, gaps.length)}
        </summary>
        <div className="mt-2">
          <FigureTable caption={t.panels.tableCaption(chartTitle)} figures={figures} gaps={gaps} showIndicator={spec.seriesBy === "indicator"} />
        </div>
      </details>
      {project && project.milestones.length > 0 && <MilestoneList project={project} />}
    </Card>
  );
}

/** The last few milestones reached and everything still ahead; the full history folds away. */
function MilestoneList({ project }: { project: NonNullable<PanelData["project"]> }) {
  const t = getDictionary();
  const done = project.milestones.filter((m) => m.status === "actual");
  const recent = new Set(done.slice(-3));
  const shown = project.milestones.filter((m) => m.status !== "actual" || recent.has(m));
  const earlier = project.milestones.filter((m) => !shown.includes(m));
  const item = (m: (typeof project.milestones)[number]) => (
    <li key={m.key} className="space-y-0.5">
      <p className="text-slate-600">
        {m.dateLabel} · {t.milestoneStatus[m.status]}
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
    </div>
  );
}
