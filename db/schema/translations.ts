import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { TRANSLATABLE_ENTITIES, TRANSLATION_FIELDS, TRANSLATION_LOCALES, TRANSLATION_ORIGINS } from "../../lib/constants";

/**
 * The Azerbaijani, Kazakh and Russian text of one English name or title. Rows point at their
 * entity by its stable text key (slug, or `key` for milestones), never by a numeric id, so they
 * survive a re-seed and travel with a data file; the mutations check that the entity exists.
 * No row means "not translated": pages then show the English with an "in English" mark.
 * A machine translation stays marked as one until `reviewedAt` is set by an editor.
 */
export const contentTranslations = sqliteTable(
  "content_translations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity", { enum: TRANSLATABLE_ENTITIES }).notNull(),
    entityKey: text("entity_key").notNull(),
    field: text("field", { enum: TRANSLATION_FIELDS }).notNull(),
    locale: text("locale", { enum: TRANSLATION_LOCALES }).notNull(),
    text: text("text").notNull(),
    origin: text("origin", { enum: TRANSLATION_ORIGINS }).notNull(),
    /** Where an official title was taken from; null for editor and machine text. */
    sourceUrl: text("source_url"),
    reviewedAt: text("reviewed_at"),
    reviewedBy: text("reviewed_by"),
    /** Also the optimistic-concurrency token: a save names the `updatedAt` it started from. */
    updatedAt: text("updated_at").notNull(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [uniqueIndex("content_translations_entity_field_locale_unique").on(t.entity, t.entityKey, t.field, t.locale)],
);

export type ContentTranslation = typeof contentTranslations.$inferSelect;
