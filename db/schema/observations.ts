import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CONFIDENCE_LEVELS, OBSERVATION_STATUSES, PERIOD_TYPES, REPORTERS, VALUE_QUALIFIERS } from "../../lib/constants";
import { indicators } from "./indicators";
import { sources } from "./sources";

/**
 * One published figure. Invariants: every row names its primary source (NOT NULL);
 * figures from the Azerbaijani and Kazakh sides are separate rows told apart by `reporter`;
 * `version` increases on every edit so that a stale edit can be refused.
 */
export const observations = sqliteTable(
  "observations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Fact-sheet ID, e.g. "TA-2025-8m"; stable across re-seeds. */
    key: text("key").notNull().unique(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    periodLabel: text("period_label").notNull(),
    periodType: text("period_type", { enum: PERIOD_TYPES }).notNull(),
    value: real("value").notNull(),
    qualifier: text("qualifier", { enum: VALUE_QUALIFIERS }).notNull().default("exact"),
    status: text("status", { enum: OBSERVATION_STATUSES }).notNull(),
    reporter: text("reporter", { enum: REPORTERS }).notNull(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    /**
     * The body that published this figure ("AZ State Customs Committee"), when the outlet quotes one.
     * Kept per figure, not per source: one article often quotes several bodies for different figures.
     */
    originator: text("originator"),
    note: text("note"),
    confidence: text("confidence", { enum: CONFIDENCE_LEVELS }).notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: text("updated_at").notNull(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [index("observations_indicator_idx").on(t.indicatorId, t.periodEnd)],
);

/** Further sources that corroborate an observation, beside its primary source. */
export const observationSources = sqliteTable(
  "observation_sources",
  {
    observationId: integer("observation_id")
      .notNull()
      .references(() => observations.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.observationId, t.sourceId] })],
);

/**
 * A period for which the fact sheet looked and found no figure. Kept as data so the
 * UI can say "not published" instead of leaving a silent hole or guessing.
 */
export const dataGaps = sqliteTable("data_gaps", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  key: text("key").notNull().unique(),
  indicatorId: integer("indicator_id")
    .notNull()
    .references(() => indicators.id),
  periodLabel: text("period_label").notNull(),
  periodEnd: text("period_end").notNull(),
  reporter: text("reporter", { enum: REPORTERS }).notNull(),
  note: text("note").notNull(),
});

export type Observation = typeof observations.$inferSelect;
export type DataGap = typeof dataGaps.$inferSelect;
