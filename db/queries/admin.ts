import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { auditLog, documents, documentPackages, indicators, observations, sources, users } from "../schema";
import type { AuditEntity } from "../../lib/constants";
import type { AdminSort, AdminTableState } from "../../lib/table-params";
import { localName } from "./localize";

const adminColumns = {
  id: observations.id,
  key: observations.key,
  version: observations.version,
  indicatorId: indicators.id,
  indicatorName: indicators.name,
  indicatorSlug: indicators.slug,
  sectorSlug: indicators.sectorSlug,
  unit: indicators.unit,
  periodStart: observations.periodStart,
  periodEnd: observations.periodEnd,
  periodLabel: observations.periodLabel,
  periodType: observations.periodType,
  value: observations.value,
  qualifier: observations.qualifier,
  status: observations.status,
  reporter: observations.reporter,
  sourceId: observations.sourceId,
  sourcePublisher: sources.publisher,
  confidence: observations.confidence,
  note: observations.note,
  updatedAt: observations.updatedAt,
  updatedBy: observations.updatedBy,
};

/** Each sortable column of the admin table and its tie-breakers; the id last, so every order is total and pages never overlap. */
const SORT_COLUMNS: Record<AdminSort, SQLiteColumn[]> = {
  indicator: [indicators.name, observations.periodEnd, observations.reporter],
  period: [observations.periodEnd, observations.periodStart],
  value: [observations.value],
  updated: [observations.updatedAt],
};

/** LIKE treats % and _ as wildcards: a search for "50%" means the characters. */
const likeEscaped = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the editors' table, filtered, sorted and paged in SQL: the browser gets the rows it
 * shows, never the whole table. A page past the end is read as the last page (the answer says which).
 */
export function listAdminObservationsPage(state: AdminTableState, db: AppDatabase = getDb()) {
  const where: SQL[] = [];
  if (state.sector !== "all") where.push(eq(indicators.sectorSlug, state.sector));
  if (state.q) {
    const like = likeEscaped(state.q.toLowerCase());
    where.push(
      sql`(lower(${indicators.name}) like ${like} escape '\\' or lower(${observations.periodLabel}) like ${like} escape '\\' or lower(${observations.key}) like ${like} escape '\\' or lower(${sources.publisher}) like ${like} escape '\\')`,
    );
  }
  const filter = where.length ? and(...where) : undefined;
  const dir = state.dir === "desc" ? desc : asc;
  return db.transaction(
    (tx) => {
      const total =
        tx.select({ n: count() }).from(observations).innerJoin(indicators, eq(observations.indicatorId, indicators.id)).innerJoin(sources, eq(observations.sourceId, sources.id)).where(filter).get()
          ?.n ?? 0;
      const pages = Math.max(1, Math.ceil(total / state.size));
      const page = Math.min(state.page, pages);
      const rows = tx
        .select(adminColumns)
        .from(observations)
        .innerJoin(indicators, eq(observations.indicatorId, indicators.id))
        .innerJoin(sources, eq(observations.sourceId, sources.id))
        .where(filter)
        .orderBy(...[...SORT_COLUMNS[state.sort], observations.id].map((c) => dir(c)))
        .limit(state.size)
        .offset((page - 1) * state.size)
        .all()
        .map((r) => ({ ...r, indicatorName: localName("indicator", r.indicatorSlug, r.indicatorName, db) }));
      return { rows, total, page, pages };
    },
    { behavior: "deferred" },
  );
}

export type AdminObservationsPage = ReturnType<typeof listAdminObservationsPage>;

export type AdminObservation = AdminObservationsPage["rows"][number];

export function listSourceOptions(db: AppDatabase = getDb()) {
  return db
    .select({ id: sources.id, publisher: sources.publisher, title: sources.title, publishedOn: sources.publishedOn })
    .from(sources)
    .orderBy(asc(sources.publisher), desc(sources.publishedOn))
    .all();
}

export function listIndicatorOptions(db: AppDatabase = getDb()) {
  return db
    .select({ id: indicators.id, slug: indicators.slug, name: indicators.name, sectorSlug: indicators.sectorSlug, unit: indicators.unit })
    .from(indicators)
    .orderBy(asc(indicators.sectorSlug), asc(indicators.sortOrder))
    .all()
    .map((i) => ({ ...i, name: localName("indicator", i.slug, i.name, db) }));
}

export function listAdminDocuments(db: AppDatabase = getDb()) {
  return db
    .select({
      id: documents.id,
      slug: documents.slug,
      title: documents.title,
      identification: documents.identification,
      packageName: documentPackages.name,
      packagePosition: documents.packagePosition,
      signedOn: documents.signedOn,
      version: documents.version,
      updatedAt: documents.updatedAt,
      updatedBy: documents.updatedBy,
    })
    .from(documents)
    .leftJoin(documentPackages, eq(documents.packageId, documentPackages.id))
    .orderBy(desc(documentPackages.signedOn), asc(documents.packagePosition), desc(documents.signedOn))
    .all();
}

export function listAudit(input: { userEmail?: string; entity?: AuditEntity; limit?: number }, db: AppDatabase = getDb()) {
  const where: SQL[] = [];
  if (input.userEmail) where.push(eq(auditLog.userEmail, input.userEmail));
  if (input.entity) where.push(eq(auditLog.entity, input.entity));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(input.limit ?? 200)
    .all();
}

export function listAuditUsers(db: AppDatabase = getDb()): string[] {
  return db
    .selectDistinct({ e: auditLog.userEmail })
    .from(auditLog)
    .orderBy(asc(auditLog.userEmail))
    .all()
    .map((r) => r.e);
}

export function listUsers(db: AppDatabase = getDb()) {
  return db.select({ id: users.id, email: users.email, role: users.role, createdAt: users.createdAt, disabledAt: users.disabledAt }).from(users).orderBy(asc(users.email)).all();
}
