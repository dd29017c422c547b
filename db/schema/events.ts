import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { EVENT_KINDS } from "../../lib/constants";
import { sources } from "./sources";

/** Visits, Supreme Interstate Council meetings and commission sessions, for timelines. */
export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  kind: text("kind", { enum: EVENT_KINDS }).notNull(),
  startDate: text("start_date").notNull(),
  endDate: text("end_date"),
  place: text("place"),
  summary: text("summary").notNull(),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
});

export type Event = typeof events.$inferSelect;
