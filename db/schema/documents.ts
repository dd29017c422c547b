import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CONFIDENCE_LEVELS, DOCUMENT_KINDS, DOCUMENT_STATUSES, IDENTIFICATION_STATUSES, SECTOR_SLUGS } from "../../lib/constants";
import { events } from "./events";
import { sectors } from "./sectors";
import { sources } from "./sources";

/**
 * A set of documents signed or exchanged together at one event. `reportedCount` is what the
 * sources say was signed; it may exceed the number of documents we can identify.
 */
export const documentPackages = sqliteTable("document_packages", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  eventId: integer("event_id").references(() => events.id),
  signedOn: text("signed_on").notNull(),
  place: text("place"),
  reportedCount: integer("reported_count"),
  countNote: text("count_note"),
  countSourceId: integer("count_source_id").references(() => sources.id),
});

/**
 * A signed document, or a slot for one the sources say exists but do not name.
 * For unidentified slots `title`, `kind` and `parties` stay NULL: the UI shows the gap,
 * never an invented title.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title"),
    kind: text("kind", { enum: DOCUMENT_KINDS }),
    signedOn: text("signed_on"),
    signedPlace: text("signed_place"),
    parties: text("parties"),
    packageId: integer("package_id").references(() => documentPackages.id),
    /** Position in its package (1..reportedCount), for a stable order. */
    packagePosition: integer("package_position"),
    status: text("status", { enum: DOCUMENT_STATUSES }),
    identification: text("identification", { enum: IDENTIFICATION_STATUSES }).notNull(),
    summary: text("summary").notNull(),
    note: text("note"),
    confidence: text("confidence", { enum: CONFIDENCE_LEVELS }).notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: text("updated_at").notNull(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [index("documents_package_idx").on(t.packageId, t.packagePosition)],
);

export const documentSectors = sqliteTable(
  "document_sectors",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    sectorSlug: text("sector_slug", { enum: SECTOR_SLUGS })
      .notNull()
      .references(() => sectors.slug),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.sectorSlug] })],
);

export const documentSources = sqliteTable(
  "document_sources",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.sourceId] })],
);

export type DocumentPackage = typeof documentPackages.$inferSelect;
export type Document = typeof documents.$inferSelect;
