/** Field-by-field differences between two JSON snapshots of a row, for the audit trail. */
const IGNORED = new Set(["updatedAt", "updatedBy", "version", "id"]);

/** A translation's entry names its entity, key, field and locale in its handle; the diff repeats none of them. */
const ALSO_IGNORED: Record<string, readonly string[]> = { translation: ["entity", "entityKey", "field", "locale"] };

export function diffSnapshots(before: string | null, after: string | null, entity?: string): { field: string; before: string; after: string }[] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const also = (entity && ALSO_IGNORED[entity]) || [];
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k) && !also.includes(k));
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}
