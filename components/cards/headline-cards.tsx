import type { ReactNode } from "react";
import { FigureMeta } from "@/components/figures/figure-meta";
import { FigureValue } from "@/components/figures/figure-value";
import { Card } from "@/components/ui/card";
import { SourceLink } from "@/components/ui/source-link";
import { CARD_SECTORS, type OverviewData } from "@/db/queries/overview";
import type { SectorFilter } from "@/lib/search-params";
import type { MilestoneView } from "@/db/queries/projects";
import { MilestoneStatus } from "@/components/projects/milestone-status";
import type { Figure } from "@/lib/figures";
import { formatPercent, formatQuantity } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { REPORTER_COLOUR, cssColour } from "@/lib/charts/theme";
import { progressToward } from "@/lib/select-figures";

const t = getDictionary();

function NotPublished({ label }: { label?: string }) {
  return (
    <p className="text-sm italic text-slate-500">
      {label ? `${label}: ` : ""}
      {t.panels.notPublished}
    </p>
  );
}

function CardTitle({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h3 id={id} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
      {children}
    </h3>
  );
}

function FigureLine({ label, figure, size = "md" }: { label?: string; figure: Figure | null; size?: "lg" | "md" }) {
  if (!figure) return <NotPublished label={label} />;
  return (
    <div className="space-y-1">
      {label && <p className="text-xs font-medium text-slate-700">{label}</p>}
      <FigureValue figure={figure} size={size} />
      <div>
        <FigureMeta figure={figure} />
      </div>
    </div>
  );
}

function Milestone({ label, m }: { label: string; m: MilestoneView | null }) {
  if (!m) return <NotPublished label={label} />;
  return (
    <div className="space-y-1 text-sm">
      <p className="text-xs font-medium text-slate-700">
        {label} · <MilestoneStatus m={m} />
      </p>
      <p className="text-slate-900">{m.title}</p>
      <p className="text-xs">
        <SourceLink source={{ ...m.source, originator: null }} />
      </p>
    </div>
  );
}

function ProgressBar({ label, ratio, base }: { label: string; ratio: number; base: Figure }) {
  const pct = Math.min(100, Math.max(0, ratio * 100));
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2 text-xs text-slate-700">
        <span>
          {label} · {base.periodLabel}: {formatQuantity(base.value, base.unit, base.qualifier)}
        </span>
        <span className="font-semibold tabular-nums text-slate-900" data-derived="true">
          {formatPercent(ratio)} {t.cards.progressOf}
        </span>
      </div>
      <div className="h-2 rounded-full bg-slate-100" role="presentation">
        <div className="h-2 rounded-full" style={{ width: `${pct}%`, background: cssColour(REPORTER_COLOUR[base.reporter]) }} />
      </div>
    </div>
  );
}

export function HeadlineCards({ data, sector = "all" }: { data: OverviewData; sector?: SectorFilter }) {
  const { trade, target, oil, investment, companies, gec } = data;
  const show = (card: keyof typeof CARD_SECTORS) => sector === "all" || CARD_SECTORS[card] === sector;
  if (!Object.keys(CARD_SECTORS).some((k) => show(k as keyof typeof CARD_SECTORS))) {
    return <p className="text-sm text-slate-600">{t.cards.noneForSector}</p>;
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {show("trade") && (
        <Card aria-labelledby="card-trade" as="article">
          <CardTitle id="card-trade">{t.cards.trade}</CardTitle>
          <div className="mt-3 space-y-3">
            <FigureLine figure={trade.featured} size="lg" label={trade.featured ? t.reporter[trade.featured.reporter] : undefined} />
            {trade.featuredGrowth && (
              <p className="text-sm text-slate-700">
                <span className="font-semibold tabular-nums">{formatQuantity(trade.featuredGrowth.value, trade.featuredGrowth.unit, trade.featuredGrowth.qualifier)}</span> {t.cards.tradeGrowth}
              </p>
            )}
            {trade.latestAz && trade.latestAz.id !== trade.featured?.id && (
              <div className="border-t border-slate-100 pt-3">
                <FigureLine label={`${t.cards.tradeLatest}, ${t.reporterShort.az}`} figure={trade.latestAz} />
                {trade.latestAzGrowth && (
                  <p className="mt-1 text-xs text-slate-700">
                    {formatQuantity(trade.latestAzGrowth.value, trade.latestAzGrowth.unit, trade.latestAzGrowth.qualifier)} {t.cards.tradeGrowth}
                  </p>
                )}
              </div>
            )}
            <div className="border-t border-slate-100 pt-3">
              <FigureLine label={`${t.cards.tradeLatest}, ${t.reporterShort.kz}`} figure={trade.latestKz} />
            </div>
          </div>
        </Card>
      )}

      {show("target") && (
        <Card aria-labelledby="card-target" as="article">
          <CardTitle id="card-target">{t.cards.target}</CardTitle>
          <div className="mt-3 space-y-3">
            <FigureLine label={t.cards.targetSet} figure={target.target} size="lg" />
            {target.target && (
              <div className="space-y-3 border-t border-slate-100 pt-3">
                {target.reachedAz && <ProgressBar label={t.reporterShort.az} ratio={progressToward(target.target, target.reachedAz)} base={target.reachedAz} />}
                {target.reachedKz && <ProgressBar label={t.reporterShort.kz} ratio={progressToward(target.target, target.reachedKz)} base={target.reachedKz} />}
                <p className="text-xs text-slate-500">{t.cards.derivedNote}</p>
              </div>
            )}
          </div>
        </Card>
      )}

      {show("oil") && (
        <Card aria-labelledby="card-oil" as="article">
          <CardTitle id="card-oil">{t.cards.oil}</CardTitle>
          <div className="mt-3 space-y-3">
            <FigureLine figure={oil.lastYear} size="lg" />
            {oil.yearToDate && (
              <div className="border-t border-slate-100 pt-3">
                <FigureLine figure={oil.yearToDate} />
              </div>
            )}
            {oil.outlook.map((f) => (
              <div key={f.id} className="border-t border-slate-100 pt-3">
                <FigureLine figure={f} />
              </div>
            ))}
          </div>
        </Card>
      )}

      {show("investment") && (
        <Card aria-labelledby="card-investment" as="article">
          <CardTitle id="card-investment">{t.cards.investment}</CardTitle>
          <div className="mt-3 space-y-3">
            <FigureLine label={t.cards.azInKz} figure={investment.azInKz} />
            <div className="border-t border-slate-100 pt-3">
              <FigureLine label={t.cards.kzInAz} figure={investment.kzInAz} />
            </div>
            {investment.otherReports > 0 && <p className="text-xs text-slate-500">{t.cards.otherReports(investment.otherReports)}</p>}
          </div>
        </Card>
      )}

      {show("companies") && (
        <Card aria-labelledby="card-companies" as="article">
          <CardTitle id="card-companies">{t.cards.companies}</CardTitle>
          <div className="mt-3 space-y-3">
            <FigureLine label={t.cards.azCompaniesInKz} figure={companies.azInKz} />
            <div className="border-t border-slate-100 pt-3">
              <FigureLine label={t.cards.kzCompaniesInAz} figure={companies.kzInAz} />
            </div>
          </div>
        </Card>
      )}

      {show("gec") && (
        <Card aria-labelledby="card-gec" as="article">
          <CardTitle id="card-gec">{t.cards.gec}</CardTitle>
          {gec.project ? (
            <div className="mt-3 space-y-3">
              <p className="text-xl font-semibold text-slate-900">{t.projectStatus[gec.project.status]}</p>
              <Milestone label={t.cards.lastMilestone} m={gec.last} />
              <div className="border-t border-slate-100 pt-3">
                <Milestone label={t.cards.nextMilestone} m={gec.next} />
              </div>
            </div>
          ) : (
            <NotPublished />
          )}
        </Card>
      )}
    </div>
  );
}
