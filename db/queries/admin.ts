import "server-only";
import { asc, desc, eq, and, type SQL } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { auditLog, documents, documentPackages, indicators, observations, sources, users } from "../schema";
import type { AuditEntity } from "../../lib/constants";

export function listAdminObservations(db: AppDatabase = getDb()) {
  return db
    .select({
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
    })
    .from(observations)
    .innerJoin(indicators, eq(observations.indicatorId, indicators.id))
    .innerJoin(sources, eq(observations.sourceId, sources.id))
    .orderBy(asc(indicators.sectorSlug), asc(indicators.sortOrder), asc(observations.periodEnd))
    .all();
}

export type AdminObservation = ReturnType<typeof listAdminObservations>[number];

export function listSourceOptions(db: AppDatabase = getDb()) {
  return db
    .select({ id: sources.id, publisher: sources.publisher, title: sources.title, publishedOn: sources.publishedOn })
    .from(sources)
    .orderBy(asc(sources.publisher), desc(sources.publishedOn))
    .all();
}

export function listIndicatorOptions(db: AppDatabase = getDb()) {
  return db
    .select({ id: indicators.id, name: indicators.name, sectorSlug: indicators.sectorSlug, unit: indicators.unit })
    .from(indicators)
    .orderBy(asc(indicators.sectorSlug), asc(indicators.sortOrder))
    .all();
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
