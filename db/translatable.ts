import { asc, eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "./connection";
import { documentPackages, documents, events, indicators, milestones, projects, sectors } from "./schema";
import { TRANSLATABLE_ENTITIES, TRANSLATABLE_FIELDS, type TranslatableEntity, type TranslationField } from "../lib/constants";

/**
 * Where the English original of each translatable field lives: the entity's table, its stable text
 * key and the column per field. One map for the seed, the admin listing and the mutations, so they
 * agree on what "the entity exists" means. Not server-only: the seed scripts read it too.
 */
const SOURCES = {
  sector: { table: sectors, key: sectors.slug, order: sectors.sortOrder, columns: { name: sectors.name, description: sectors.description } },
  indicator: { table: indicators, key: indicators.slug, order: indicators.sortOrder, columns: { name: indicators.name } },
  document: { table: documents, key: documents.slug, order: documents.id, columns: { title: documents.title } },
  project: { table: projects, key: projects.slug, order: projects.id, columns: { name: projects.name } },
  milestone: { table: milestones, key: milestones.key, order: milestones.id, columns: { title: milestones.title } },
  package: { table: documentPackages, key: documentPackages.slug, order: documentPackages.signedOn, columns: { name: documentPackages.name } },
  event: { table: events, key: events.slug, order: events.startDate, columns: { title: events.title } },
} satisfies { [E in TranslatableEntity]: { table: SQLiteTable; key: SQLiteColumn; order: SQLiteColumn; columns: { [F in (typeof TRANSLATABLE_FIELDS)[E][number]]: SQLiteColumn } } };

type Reader = Pick<AppDatabase, "select">;

export type EnglishText = { entity: TranslatableEntity; key: string; field: TranslationField; english: string };

function columnOf(entity: TranslatableEntity, field: TranslationField): SQLiteColumn | undefined {
  return (SOURCES[entity].columns as Partial<Record<TranslationField, SQLiteColumn>>)[field];
}

/**
 * The English text a translation would replace: a string, null where the entity exists but the
 * field is empty (a document the sources do not name has no title), undefined where there is no
 * such entity or the field is not translatable.
 */
export function englishTextOf(db: Reader, ref: { entity: TranslatableEntity; key: string; field: TranslationField }): string | null | undefined {
  const source = SOURCES[ref.entity];
  const column = columnOf(ref.entity, ref.field);
  if (!source || !column) return undefined;
  const row = db.select({ text: column }).from(source.table).where(eq(source.key, ref.key)).get() as { text: string | null } | undefined;
  return row === undefined ? undefined : row.text;
}

/** Every translatable English text now in the database, in each entity's display order, fields together; empty fields are left out. */
export function listEnglishTexts(db: Reader, entity?: TranslatableEntity): EnglishText[] {
  return (entity ? [entity] : TRANSLATABLE_ENTITIES).flatMap((e) => {
    const source = SOURCES[e];
    const fields = TRANSLATABLE_FIELDS[e] as readonly TranslationField[];
    const rows = db
      .select({ key: source.key, ...source.columns })
      .from(source.table)
      .orderBy(asc(source.order), asc(source.key))
      .all() as ({ key: string } & Partial<Record<TranslationField, string | null>>)[];
    return rows.flatMap((r) => fields.flatMap((field) => (r[field] ? [{ entity: e, key: r.key, field, english: r[field] }] : [])));
  });
}
