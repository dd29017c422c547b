import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { documents } from "./documents";
import { indicators } from "./indicators";
import { projects } from "./projects";

/** Which indicators a document concerns (drill-down from a document to its numbers). */
export const documentIndicators = sqliteTable(
  "document_indicators",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.indicatorId] })],
);

export const documentProjects = sqliteTable(
  "document_projects",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.projectId] })],
);
