import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CLAIM_VERDICTS } from "../../lib/constants";
import { documents } from "./documents";
import { milestones } from "./projects";
import { observations } from "./observations";
import { sources } from "./sources";

/** A claim of the source article (fact sheet §12) and what the sources say of it. */
export const claims = sqliteTable("claims", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  position: integer("position").notNull(),
  /** The claim as the article words it. */
  claimText: text("claim_text").notNull(),
  verdict: text("verdict", { enum: CLAIM_VERDICTS }).notNull(),
  /** What the sources say, in words. */
  finding: text("finding").notNull(),
});

/** One evidence row behind a verdict: an observation, a document, a milestone or a bare source. */
export const claimEvidence = sqliteTable("claim_evidence", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  claimId: integer("claim_id")
    .notNull()
    .references(() => claims.id, { onDelete: "cascade" }),
  observationId: integer("observation_id").references(() => observations.id),
  documentId: integer("document_id").references(() => documents.id),
  milestoneId: integer("milestone_id").references(() => milestones.id),
  sourceId: integer("source_id").references(() => sources.id),
  note: text("note"),
});

export type Claim = typeof claims.$inferSelect;
