import "server-only";
import { sql } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";

export type Freshness = {
  /** The newest publication date among the sources (may be partial: "2026-03"); null with no sources. */
  dataAsOf: string | null;
  /** When an editor last changed content (the audit trail), else when the data was loaded. */
  lastEdited: string | null;
};

/** What every public page says about how current it is. Two indexed aggregate reads. */
export function getFreshness(db: AppDatabase = getDb()): Freshness {
  const source = db.get<{ d: string | null }>(sql`select max(published_on) as d from sources`);
  const edited = db.get<{ d: string | null }>(sql`select coalesce((select max(at) from audit_log), (select max(updated_at) from observations)) as d`);
  return { dataAsOf: source?.d ?? null, lastEdited: edited?.d ? edited.d.slice(0, 10) : null };
}
