import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { contentTranslations, type ContentTranslation } from "../schema";
import { listEnglishTexts } from "../translatable";
import { TRANSLATION_LOCALES, type TranslatableEntity, type TranslationField, type TranslationLocale } from "../../lib/constants";
import type { Locale } from "../../lib/i18n";
import type { TranslationFilter } from "../../lib/schemas/translations";

/** What a page shows for one name or title: the text, the language it is really in, and whether a machine made it unreviewed. */
export type ContentText = { text: string; lang: Locale; machine: boolean };
export type ContentTexts = (entity: TranslatableEntity, key: string, field: TranslationField, english: string) => ContentText;

const isMachine = (r: Pick<ContentTranslation, "origin" | "reviewedAt">) => r.origin === "machine" && !r.reviewedAt;
const lookupKey = (entity: string, key: string, field: string) => `${entity}\u0000${key}\u0000${field}`;

/**
 * All of one locale's translations, read in one query, as a lookup the page calls per name. Where a
 * text has no translation (or the locale is English) it returns the English with `lang: "en"`, so the
 * page can mark it "in English" instead of passing it off as translated. Memoised per request with
 * React's `cache`: several components of one page share the one read.
 */
export const contentTexts = cache((locale: Locale, db: AppDatabase = getDb()): ContentTexts => {
  const english: ContentTexts = (_e, _k, _f, text) => ({ text, lang: "en", machine: false });
  if (locale === "en") return english;
  const rows = db
    .select({
      entity: contentTranslations.entity,
      key: contentTranslations.entityKey,
      field: contentTranslations.field,
      text: contentTranslations.text,
      origin: contentTranslations.origin,
      reviewedAt: contentTranslations.reviewedAt,
    })
    .from(contentTranslations)
    .where(eq(contentTranslations.locale, locale))
    .all();
  const byKey = new Map(rows.map((r) => [lookupKey(r.entity, r.key, r.field), r]));
  return (entity, key, field, text) => {
    const row = byKey.get(lookupKey(entity, key, field));
    return row ? { text: row.text, lang: locale, machine: isMachine(row) } : english(entity, key, field, text);
  };
});

export type TranslationCell = Pick<ContentTranslation, "text" | "origin" | "sourceUrl" | "reviewedAt" | "reviewedBy" | "updatedAt" | "updatedBy"> & { machine: boolean };
export type TranslationListRow = { entity: TranslatableEntity; key: string; field: TranslationField; english: string; cells: Record<TranslationLocale, TranslationCell | null> };
export type TranslationList = { rows: TranslationListRow[]; locales: TranslationLocale[]; counts: { texts: number; missing: number; review: number } };

/**
 * The editors' list: every translatable English text now in the database with its translation in
 * each locale (null where there is none). `locale` narrows the locales shown and the ones the
 * "review" (a machine translation not yet reviewed) and "missing" views look at. Counts are of
 * cells in the chosen locales over the chosen entity, before the view narrows the rows.
 */
export function listTranslations(filter: TranslationFilter, db: AppDatabase = getDb()): TranslationList {
  const locales = filter.locale ? [filter.locale] : [...TRANSLATION_LOCALES];
  return db.transaction(
    (tx) => {
      const texts = listEnglishTexts(tx, filter.entity);
      const stored = new Map<string, Partial<Record<TranslationLocale, TranslationCell>>>();
      for (const r of (filter.entity ? tx.select().from(contentTranslations).where(eq(contentTranslations.entity, filter.entity)) : tx.select().from(contentTranslations)).all()) {
        const k = lookupKey(r.entity, r.entityKey, r.field);
        const cells = stored.get(k) ?? {};
        cells[r.locale] = {
          text: r.text,
          origin: r.origin,
          sourceUrl: r.sourceUrl,
          reviewedAt: r.reviewedAt,
          reviewedBy: r.reviewedBy,
          updatedAt: r.updatedAt,
          updatedBy: r.updatedBy,
          machine: isMachine(r),
        };
        stored.set(k, cells);
      }
      const all = texts.map((t) => {
        const found = stored.get(lookupKey(t.entity, t.key, t.field)) ?? {};
        return { ...t, cells: Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, found[l] ?? null])) as Record<TranslationLocale, TranslationCell | null> };
      });
      const missing = (r: TranslationListRow) => locales.filter((l) => !r.cells[l]).length;
      const review = (r: TranslationListRow) => locales.filter((l) => r.cells[l]?.machine).length;
      const rows = filter.view === "missing" ? all.filter((r) => missing(r) > 0) : filter.view === "review" ? all.filter((r) => review(r) > 0) : all;
      const sum = (f: (r: TranslationListRow) => number) => all.reduce((n, r) => n + f(r), 0);
      return { rows, locales, counts: { texts: all.length, missing: sum(missing), review: sum(review) } };
    },
    { behavior: "deferred" },
  );
}

/** Whether any name or title in a locale is still a machine translation no editor has reviewed: the public pages then say so. */
export function hasUnreviewedMachineTranslations(locale: Locale, db: AppDatabase = getDb()): boolean {
  if (locale === "en") return false;
  const row = db.$client.prepare("select 1 from content_translations where locale = ? and origin = 'machine' and reviewed_at is null limit 1").get(locale);
  return row !== undefined;
}
