import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CONFIDENCE_LEVELS, MILESTONE_STATUSES, PROJECT_STATUSES, SECTOR_SLUGS } from "../../lib/constants";
import { sectors } from "./sectors";
import { sources } from "./sources";

export const projects = sqliteTable("projects", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  sectorSlug: text("sector_slug", { enum: SECTOR_SLUGS })
    .notNull()
    .references(() => sectors.slug),
  status: text("status", { enum: PROJECT_STATUSES }).notNull(),
  location: text("location"),
  /** Sourced facts in words, figures included; every figure here is in the project's sources. */
  summary: text("summary").notNull(),
  note: text("note"),
  confidence: text("confidence", { enum: CONFIDENCE_LEVELS }).notNull(),
});

export const projectSources = sqliteTable(
  "project_sources",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.sourceId] })],
);

export const milestones = sqliteTable("milestones", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  key: text("key").notNull().unique(),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  /** ISO date (possibly partial); `dateLabel` is what the source says ("Q3 2026"). */
  date: text("date").notNull(),
  dateLabel: text("date_label").notNull(),
  title: text("title").notNull(),
  status: text("status", { enum: MILESTONE_STATUSES }).notNull(),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
  confidence: text("confidence", { enum: CONFIDENCE_LEVELS }).notNull(),
});

export type Project = typeof projects.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
