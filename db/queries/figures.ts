import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { dataGaps, indicators, observations, observationSources, sectors, sources } from "../schema";
import type { SectorSlug } from "../../lib/constants";
import type { Figure, FigureSource, Gap, ListedFigure } from "../../lib/figures";
import type { FigureCursor } from "../../lib/table-params";
import { formatPeriodLabel } from "../../lib/format";
import { localName } from "./localize";

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
  // Spelled out, not spread: this runs once per figure read, 9,000 times for a large sector page.
  return {
    id: r.id,
    key: r.key,
    indicatorSlug: r.indicatorSlug,
    // In the language of the page being rendered (the stored English label in API routes and exports from them).
    indicatorName: localName("indicator", r.indicatorSlug, r.indicatorName),
    unit: r.unit,
    value: r.value,
    qualifier: r.qualifier,
    periodLabel: formatPeriodLabel(r.periodLabel),
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    periodType: r.periodType,
    status: r.status,
    reporter: r.reporter,
    confidence: r.confidence,
    note: r.note,
    source: { id: r.sourceId, title: r.sourceTitle, publisher: r.sourcePublisher, originator: r.sourceOriginator, url: r.sourceUrl, publishedOn: r.sourcePublishedOn },
  };
}

/** Figures of the given indicators, oldest period first, each with its primary source. */
export function listFigures(input: { indicatorSlugs: string[]; periodTypes?: Figure["periodType"][] }, db: AppDatabase = getDb()): Figure[] {
  if (input.indicatorSlugs.length === 0) return [];
  const where: SQL[] = [inArray(indicators.slug, input.indicatorSlugs)];
  if (input.periodTypes?.length) where.push(inArray(observations.periodType, input.periodTypes));
  // A sector page at 100× the data reads 9,000 figures: the observations' own columns come as arrays
  // (named by figureOfValues), and each indicator and source is read once and shared by its figures,
  // instead of its names and addresses being copied into every row (that was two thirds of the read).
  const rows = db
    .select(OBSERVATION_COLUMNS)
    .from(observations)
    .innerJoin(indicators, eq(observations.indicatorId, indicators.id))
    .where(and(...where))
    .orderBy(asc(observations.periodEnd), asc(observations.periodStart), asc(observations.key))
    .values();
  // Read after the rows: whatever another process commits in between, a source or indicator a row
  // names still exists (foreign keys), so every row finds its own.
  const indicatorOf = new Map(
    db
      .select({ id: indicators.id, slug: indicators.slug, name: indicators.name, unit: indicators.unit })
      .from(indicators)
      .where(inArray(indicators.slug, input.indicatorSlugs))
      .all()
      .map((i) => [i.id, { slug: i.slug, name: localName("indicator", i.slug, i.name), unit: i.unit }]),
  );
  const sourceIds = [...new Set(rows.map((r) => r[SOURCE_AT] as number))];
  const sourceOf = new Map<number, Omit<FigureSource, "originator">>();
  // In chunks: SQLite limits the parameters of one statement.
  for (let k = 0; k < sourceIds.length; k += 500) {
    const chunk = db
      .select({ id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url, publishedOn: sources.publishedOn })
      .from(sources)
      .where(inArray(sources.id, sourceIds.slice(k, k + 500)))
      .all();
    for (const src of chunk) sourceOf.set(src.id, src);
  }
  return rows.map((v) => figureOfValues(v, indicatorOf, sourceOf));
}

const OBSERVATION_COLUMNS = {
  id: observations.id,
  key: observations.key,
  indicatorId: observations.indicatorId,
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
  sourceId: observations.sourceId,
  originator: observations.originator,
};
const VALUES_ORDER = "id,key,indicatorId,value,qualifier,periodLabel,periodStart,periodEnd,periodType,status,reporter,confidence,note,sourceId,originator";
if (Object.keys(OBSERVATION_COLUMNS).join() !== VALUES_ORDER) throw new Error("figureOfValues reads the columns in another order than OBSERVATION_COLUMNS lists them");
const SOURCE_AT = VALUES_ORDER.split(",").indexOf("sourceId");

/** A figure from a row of OBSERVATION_COLUMNS as an array, in their order (checked above). */
function figureOfValues(v: unknown[], indicatorOf: Map<number, { slug: string; name: string; unit: string }>, sourceOf: Map<number, Omit<FigureSource, "originator">>): Figure {
  const [id, key, indicatorId, value, qualifier, periodLabel, periodStart, periodEnd, periodType, status, reporter, confidence, note, sourceId, originator] = v;
  const ind = indicatorOf.get(indicatorId as number)!;
  const src = sourceOf.get(sourceId as number)!;
  return {
    id: id as number,
    key: key as string,
    indicatorSlug: ind.slug,
    indicatorName: ind.name,
    unit: ind.unit,
    value: value as number,
    qualifier: qualifier as Figure["qualifier"],
    // In the language of the page being rendered (the stored English label in API routes and exports from them).
    periodLabel: formatPeriodLabel(periodLabel as string),
    periodStart: periodStart as string,
    periodEnd: periodEnd as string,
    periodType: periodType as Figure["periodType"],
    status: status as Figure["status"],
    reporter: reporter as Figure["reporter"],
    confidence: confidence as Figure["confidence"],
    note: note as string | null,
    // Credited per figure: one article often quotes several bodies (see db/schema/observations.ts).
    source: { id: src.id, title: src.title, publisher: src.publisher, originator: originator as string | null, url: src.url, publishedOn: src.publishedOn },
  };
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
    .all()
    .map((g) => ({ ...g, periodLabel: formatPeriodLabel(g.periodLabel) }));
}

/** The span of years the data covers, for the period filter's choices. */
export function listYears(db: AppDatabase = getDb()): number[] {
  const row = db.$client.prepare("select min(substr(period_end, 1, 4)) as lo, max(substr(period_end, 1, 4)) as hi from observations").get() as { lo: string | null; hi: string | null };
  if (!row.lo || !row.hi) return [];
  const out: number[] = [];
  for (let y = Number(row.lo); y <= Number(row.hi); y++) out.push(y);
  return out;
}

export type PagedFigure = ListedFigure;

/**
 * One page of figures in a stable order: indicators in their sector's order, and within each
 * indicator the newest period first. Keyset pagination (rows after the cursor's sort key, never an
 * offset), so figures inserted or deleted while a reader pages never shift a page: no figure present
 * throughout is sent twice or skipped; one inserted mid-way appears where its key sorts.
 */
export function listFiguresPage(
  input: { sector?: SectorSlug; indicatorSlug?: string; from?: number; to?: number; cursor?: FigureCursor; limit: number },
  db: AppDatabase = getDb(),
): { figures: PagedFigure[]; total: number; nextCursor: FigureCursor | null } {
  const where: SQL[] = [];
  if (input.sector) where.push(eq(indicators.sectorSlug, input.sector));
  if (input.indicatorSlug) where.push(eq(indicators.slug, input.indicatorSlug));
  // The same overlap rule as periodInRange: the period ends in or after `from` and starts in or before `to`.
  if (input.from !== undefined) where.push(sql`cast(substr(${observations.periodEnd}, 1, 4) as integer) >= ${input.from}`);
  if (input.to !== undefined) where.push(sql`cast(substr(${observations.periodStart}, 1, 4) as integer) <= ${input.to}`);
  const filtered = where.length ? and(...where) : undefined;
  const c = input.cursor;
  const after = c
    ? sql`((${sectors.sortOrder}, ${indicators.sortOrder}, ${indicators.id}) > (${c[0]}, ${c[1]}, ${c[2]})
          or ((${sectors.sortOrder}, ${indicators.sortOrder}, ${indicators.id}) = (${c[0]}, ${c[1]}, ${c[2]})
              and (${observations.periodEnd}, ${observations.periodStart}, ${observations.id}) < (${c[3]}, ${c[4]}, ${c[5]})))`
    : undefined;
  // One read transaction: the page and its total describe the same state of the table.
  return db.transaction(
    (tx) => {
      const rows = tx
        .select({ ...figureColumns, sectorOrder: sectors.sortOrder, indicatorOrder: indicators.sortOrder, indicatorId: indicators.id })
        .from(observations)
        .innerJoin(indicators, eq(observations.indicatorId, indicators.id))
        .innerJoin(sectors, eq(indicators.sectorSlug, sectors.slug))
        .innerJoin(sources, eq(observations.sourceId, sources.id))
        .where(and(filtered, after))
        .orderBy(asc(sectors.sortOrder), asc(indicators.sortOrder), asc(indicators.id), desc(observations.periodEnd), desc(observations.periodStart), desc(observations.id))
        .limit(input.limit + 1)
        .all();
      const total = tx.select({ n: count() }).from(observations).innerJoin(indicators, eq(observations.indicatorId, indicators.id)).where(filtered).get()?.n ?? 0;
      const page = rows.slice(0, input.limit);
      const extra = otherSources(
        page.map((r) => r.id),
        tx,
      );
      const figureKeys = Object.keys(figureColumns) as (keyof FigureRow)[];
      const figures = page.map((row): PagedFigure => ({
        ...toFigure(Object.fromEntries(figureKeys.map((k) => [k, row[k]])) as FigureRow),
        alsoIn: extra[row.id] ?? [],
      }));
      const last = page.at(-1);
      // The next page starts after the last row sent, by its sort key.
      const nextCursor: FigureCursor | null = rows.length > input.limit && last ? [last.sectorOrder, last.indicatorOrder, last.indicatorId, last.periodEnd, last.periodStart, last.id] : null;
      return { figures, total, nextCursor };
    },
    { behavior: "deferred" },
  );
}

/** The further sources each observation cites beyond its main one, by observation id. */
export function otherSources(observationIds: number[], db: Pick<AppDatabase, "select"> = getDb()): Record<number, FigureSource[]> {
  const bySource: Record<number, FigureSource[]> = {};
  if (!observationIds.length) return bySource;
  const rows = db
    .select({
      observationId: observationSources.observationId,
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      originator: sources.originator,
      url: sources.url,
      publishedOn: sources.publishedOn,
    })
    .from(observationSources)
    .innerJoin(sources, eq(observationSources.sourceId, sources.id))
    .where(inArray(observationSources.observationId, observationIds))
    .all();
  for (const { observationId, ...s } of rows) (bySource[observationId] ??= []).push(s);
  return bySource;
}
