import "server-only";
import { sql } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";

export interface HistoryEntry {
  id: number;
  at: string;
  action: "create" | "update" | "delete" | "revert";
  periodLabel: string;
  from: { value: number; qualifier: string } | null;
  to: { value: number; qualifier: string } | null;
  reason: string | null;
  source: { publisher: string; url: string; publishedOn: string | null; title: string } | null;
}

/**
 * Edits to an indicator's figures, newest first, for the public "change history" note. Public:
 * the editor is never named (an email published here is a sign-in name handed to strangers).
 */
export function listIndicatorHistory(input: { slug: string; limit?: number }, db: AppDatabase = getDb()): HistoryEntry[] {
  const rows = db.all<{ id: number; at: string; action: HistoryEntry["action"]; before: string | null; after: string | null; reason: string | null }>(sql`
    select a.id, a.at, a.action, a.before, a.after, a.reason
    from audit_log a
    join indicators i on i.id = coalesce(json_extract(a.after, '$.indicatorId'), json_extract(a.before, '$.indicatorId'))
    where a.entity = 'observation' and i.slug = ${input.slug}
    order by a.id desc
    limit ${input.limit ?? 20}`);
  // An import is one audit entry listing its figures; each figure of this indicator is one line here.
  // Its id is made unique per figure (entry id and position), as the page keys lines by id.
  const imported = db.all<{ id: number; at: string; action: HistoryEntry["action"]; before: string | null; after: string | null; reason: string | null }>(sql`
    select a.id * 100000 + cast(j.key as integer) as id, a.at, json_extract(j.value, '$.action') as action,
      json(json_extract(j.value, '$.before')) as before, json(json_extract(j.value, '$.after')) as after, a.reason
    from audit_log a, json_each(a.after, '$.rows') j
    where a.entity = 'import' and a.action = 'import' and json_extract(j.value, '$.indicatorSlug') = ${input.slug}
    order by a.id desc, j.key desc
    limit ${input.limit ?? 20}`);
  const merged = [...rows, ...imported].sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1)).slice(0, input.limit ?? 20);
  return merged.map((r) => {
    const before = r.before ? JSON.parse(r.before) : null;
    const after = r.after ? JSON.parse(r.after) : null;
    const sourceId = (after ?? before)?.sourceId as number | undefined;
    const source = sourceId
      ? (db.all<{ publisher: string; url: string; published_on: string | null; title: string }>(sql`select publisher, url, published_on, title from sources where id = ${sourceId}`)[0] ?? null)
      : null;
    return {
      id: r.id,
      at: r.at,
      action: r.action,
      periodLabel: (after ?? before)?.periodLabel ?? "",
      from: before ? { value: before.value, qualifier: before.qualifier } : null,
      to: after ? { value: after.value, qualifier: after.qualifier } : null,
      reason: r.reason,
      source: source ? { publisher: source.publisher, url: source.url, publishedOn: source.published_on, title: source.title } : null,
    };
  });
}
