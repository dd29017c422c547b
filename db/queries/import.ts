import "server-only";
import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { indicators, observations, sources } from "../schema";
import { importChoices } from "../../lib/import/columns";
import type { TemplateIndicator, TemplateRow } from "../../lib/import/template";

export function listTemplateIndicators(db: AppDatabase = getDb()): (TemplateIndicator & { id: number })[] {
  return db.select({ id: indicators.id, name: indicators.name, slug: indicators.slug, unit: indicators.unit }).from(indicators).orderBy(asc(indicators.sectorSlug), asc(indicators.sortOrder)).all();
}

/**
 * One indicator's figures as rows of a release file, each with the version it replaces: an editor
 * who edits this file and imports it gets a conflict, not an overwrite, for any figure changed since.
 */
export function listTemplateFigures(slug: string, db: AppDatabase = getDb()): TemplateRow[] | null {
  const indicator = db.select().from(indicators).where(eq(indicators.slug, slug)).get();
  if (!indicator) return null;
  const label = (column: "reporter" | "status" | "qualifier", code: string) => importChoices()[column].find((o) => o.code === code)?.labels[0] ?? code;
  return db
    .select({ o: observations, s: sources })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(eq(observations.indicatorId, indicator.id))
    .orderBy(asc(observations.periodEnd), asc(observations.reporter))
    .all()
    .map(({ o, s }) => ({
      indicator: indicator.name,
      reporter: label("reporter", o.reporter),
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      periodLabel: o.periodLabel,
      periodType: o.periodType,
      value: String(o.value),
      qualifier: label("qualifier", o.qualifier),
      status: label("status", o.status),
      confidence: o.confidence,
      originator: o.originator ?? "",
      note: o.note ?? "",
      sourceUrl: s.url,
      expectedVersion: o.version,
    }));
}
