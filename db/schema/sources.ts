import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * A published item a figure or fact rests on. `key` is stable across re-seeds so that
 * edits made by editors survive a seed run. `publishedOn` may be partial (YYYY or YYYY-MM)
 * because several sources give only a month.
 */
export const sources = sqliteTable("sources", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  key: text("key").notNull().unique(),
  publisher: text("publisher").notNull(),
  /** The official body the outlet quotes, e.g. "AZ State Customs Committee". */
  originator: text("originator"),
  title: text("title").notNull(),
  url: text("url").notNull(),
  publishedOn: text("published_on"),
  note: text("note"),
});

export type Source = typeof sources.$inferSelect;
