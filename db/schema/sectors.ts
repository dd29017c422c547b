import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SECTOR_SLUGS } from "../../lib/constants";

/** Fields of cooperation. Only rows with `primary` = true get a dashboard panel. */
export const sectors = sqliteTable("sectors", {
  slug: text("slug", { enum: SECTOR_SLUGS }).primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull(),
  primary: integer("primary", { mode: "boolean" }).notNull().default(false),
  sortOrder: integer("sort_order").notNull(),
});

export type Sector = typeof sectors.$inferSelect;
