import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { dataGaps, indicators, observations, sources } from "../schema";
import type { Figure, Gap } from "../../lib/figures";

const figureColumns = {
  id: observations.id,
  key: observations.key,
  indicatorSlug: indicators.slug,
  indicatorName: indicators.name,
  unit: indicators.unit,
  value: observations.value,
  qualifier: observations.qualifier,
  periodLabel: observations.periodLabel,
  periodStart: observations.periodStart,
  periodEnd: observations.periodEnd,
  periodType: observations.periodType,
  status: observations.status,
  reporter: observations.reporter,
  confidence: observations.confidence,
  note: observations.note,
  sourceId: sources.id,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  // Credited per figure: one article often quotes several bodies (see db/schema/observations.ts).
  sourceOriginator: observations.originator,
  sourceUrl: sources.url,
  sourcePublishedOn: sources.publishedOn,
};

type FigureRow = {
  [K in keyof typeof figureColumns]: (typeof figureColumns)[K]["_"]["notNull"] extends true ? (typeof figureColumns)[K]["_"]["data"] : (typeof figureColumns)[K]["_"]["data"] | null;
};

function toFigure(r: FigureRow): Figure {
  const { sourceId, sourceTitle, sourcePublisher, sourceOriginator, sourceUrl, sourcePublishedOn, ...rest } = r;
  return {
    ...rest,
    source: { id: sourceId, title: sourceTitle, publisher: sourcePublisher, originator: sourceOriginator, url: sourceUrl, publishedOn: sourcePublishedOn },
  };
}

/** Figures of the given indicators, oldest period first, each with its primary source. */
export function listFigures(input: { indicatorSlugs: string[]; periodTypes?: Figure["periodType"][] }, db: AppDatabase = getDb()): Figure[] {
  if (input.indicatorSlugs.length === 0) return [];
  const where: SQL[] = [inArray(indicators.slug, input.indicatorSlugs)];
  if (input.periodTypes?.length) where.push(inArray(observations.periodType, input.periodTypes));
  return db
    .select(figureColumns)
    .from(observations)
    .innerJoin(indicators, eq(observations.indicatorId, indicators.id))
    .innerJoin(sources, eq(observations.sourceId, sources.id))
    .where(and(...where))
    .orderBy(asc(observations.periodEnd), asc(observations.periodStart), asc(observations.key))
    .all()
    .map(toFigure);
}

export function listGaps(input: { indicatorSlugs: string[] }, db: AppDatabase = getDb()): Gap[] {
  if (input.indicatorSlugs.length === 0) return [];
  return db
    .select({
      key: dataGaps.key,
      indicatorSlug: indicators.slug,
      periodLabel: dataGaps.periodLabel,
      periodEnd: dataGaps.periodEnd,
      reporter: dataGaps.reporter,
      note: dataGaps.note,
    })
    .from(dataGaps)
    .innerJoin(indicators, eq(dataGaps.indicatorId, indicators.id))
    .where(inArray(indicators.slug, input.indicatorSlugs))
    .orderBy(asc(dataGaps.periodEnd))
    .all();
}

/** The span of years the data covers, for the period filter's choices. */
export function listYears(db: AppDatabase = getDb()): number[] {
  const row = db.$client.prepare("select min(substr(period_end, 1, 4)) as lo, max(substr(period_end, 1, 4)) as hi from observations").get() as { lo: string | null; hi: string | null };
  if (!row.lo || !row.hi) return [];
  const out: number[] = [];
  for (let y = Number(row.lo); y <= Number(row.hi); y++) out.push(y);
  return out;
}
