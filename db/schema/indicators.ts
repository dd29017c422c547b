import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SECTOR_SLUGS } from "../../lib/constants";
import { sectors } from "./sectors";

export const indicators = sqliteTable("indicators", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** e.g. "USD million", "million tonnes", "companies", "×" */
  unit: text("unit").notNull(),
  sectorSlug: text("sector_slug", { enum: SECTOR_SLUGS })
    .notNull()
    .references(() => sectors.slug),
  description: text("description").notNull(),
  /** Methodology caveat shown wherever the indicator is charted. */
  caveat: text("caveat"),
  /** When the next figure is expected, as the sources say it ("full year 2025 usually published in Jan–Feb"); null where unknown. */
  nextRelease: text("next_release"),
  sortOrder: integer("sort_order").notNull().default(0),
});

export type Indicator = typeof indicators.$inferSelect;
