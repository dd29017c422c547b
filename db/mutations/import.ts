import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { writeTransaction, type AppDatabase } from "../connection";
import { indicators, observations, sources } from "../schema";
import { todayIso } from "../../lib/clock";
import type { Reporter } from "../../lib/constants";
import { formatDate, formatStoredValue } from "../../lib/format";
import { getDictionary, type Dictionary } from "../../lib/i18n";
import type { RawImportRow } from "../../lib/import/columns";
import { parseImportRow, type CellIssue, type ParsedRow } from "../../lib/import/rows";
import type { SourceFields } from "../../lib/schemas/admin";
import { writeAudit, type Tx } from "./audit";
import { ConflictError, type Actor } from "./errors";
import { editableColumns, type ObservationRow } from "./observations";

type Reader = AppDatabase | Tx;
type SourceRow = typeof sources.$inferSelect;

export type ImportOptions = {
  rows: RawImportRow[];
  /** The source of rows that leave the Source columns empty. */
  defaultSourceId?: number | null;
  /** When the file was prepared: a figure edited after this is a conflict, not silently overwritten. */
  asOf?: string | null;
  /** The language of the preview's words (the import page's); the same for the preview and its apply, whose fingerprints must match. */
  texts?: Dictionary;
};

/** What the preview shows for one row; `fingerprint` of the whole plan ties the apply to exactly this preview. */
export type PlannedRow = {
  line: number;
  status: "new" | "changed" | "unchanged" | "conflict" | "invalid";
  indicator: string | null;
  unit: string | null;
  periodLabel: string | null;
  reporter: Reporter | null;
  value: string | null;
  changes: { field: string; before: string; after: string }[];
  issues: CellIssue[];
  source: string | null;
};

type Write =
  | { kind: "create"; line: number; indicatorId: number; indicatorSlug: string; indicatorName: string; fields: ObservationInsert; newSourceUrl: string | null }
  | { kind: "update"; line: number; indicatorSlug: string; indicatorName: string; before: ObservationRow; fields: ObservationInsert; newSourceUrl: string | null };
type ObservationInsert = ReturnType<typeof editableColumns> & { originator: string | null };

export type ImportPlan = {
  rows: PlannedRow[];
  counts: Record<PlannedRow["status"], number>;
  newSources: SourceFields[];
  fingerprint: string;
  writes: Write[];
};

const rowKey = (r: { indicatorId: number; reporter: string; periodStart: string; periodEnd: string }) => `${r.indicatorId}|${r.reporter}|${r.periodStart}|${r.periodEnd}`;

function sourceLabel(s: { publisher: string; title: string; publishedOn: string | null }): string {
  return `${s.publisher}: ${s.title.slice(0, 80)}${s.publishedOn ? ` (${formatDate(s.publishedOn)})` : ""}`;
}

/**
 * Works out what a release would do, reading only: each row is new, a change (with before and
 * after), unchanged, in conflict with a newer edit, or invalid (with the reason per cell). Run for
 * the preview and again inside the apply's transaction; the fingerprint covers every row read, so
 * a save in between shows up as a different fingerprint.
 */
export function planImport(db: Reader, options: ImportOptions): ImportPlan {
  const t = options.texts ?? getDictionary();
  const f = t.admin.indicators.fields;
  const m = t.admin.import.issues;
  const rowWord = t.admin.import.columns.row;
  const allIndicators = db.select({ id: indicators.id, slug: indicators.slug, name: indicators.name, unit: indicators.unit }).from(indicators).all();
  const parsed: ParsedRow[] = options.rows.map((r) => parseImportRow(r, allIndicators, t));

  const defaultSource = options.defaultSourceId ? (db.select().from(sources).where(eq(sources.id, options.defaultSourceId)).get() ?? null) : null;
  const okRows = parsed.filter((p): p is Extract<ParsedRow, { ok: true }> => p.ok);
  const urls = [...new Set(okRows.flatMap((p) => (p.source.kind === "url" ? [p.source.url] : [])))];
  const existingByUrl = new Map<string, SourceRow>();
  for (let i = 0; i < urls.length; i += 500)
    for (const s of db
      .select()
      .from(sources)
      .where(inArray(sources.url, urls.slice(i, i + 500)))
      .all())
      if (!existingByUrl.has(s.url)) existingByUrl.set(s.url, s);

  const indicatorIds = [...new Set(okRows.map((p) => p.indicator.id))];
  const existing = new Map<string, ObservationRow[]>();
  for (const o of indicatorIds.length ? db.select().from(observations).where(inArray(observations.indicatorId, indicatorIds)).all() : []) {
    const k = rowKey(o);
    existing.set(k, [...(existing.get(k) ?? []), o]);
  }

  // Rows naming the same period twice, and new sources described two ways, are refused together.
  const byKey = new Map<string, number[]>();
  for (const p of okRows) byKey.set(rowKey({ indicatorId: p.indicator.id, ...p.fields }), [...(byKey.get(rowKey({ indicatorId: p.indicator.id, ...p.fields })) ?? []), p.line]);
  const newSources = new Map<string, { fields: SourceFields; line: number }>();

  const planned: PlannedRow[] = [];
  const writes: Write[] = [];
  for (const p of parsed) {
    if (!p.ok) {
      planned.push({ line: p.line, status: "invalid", indicator: null, unit: null, periodLabel: null, reporter: null, value: null, changes: [], issues: p.issues, source: null });
      continue;
    }
    const base = {
      line: p.line,
      indicator: p.indicator.name,
      unit: p.indicator.unit,
      periodLabel: p.fields.periodLabel,
      reporter: p.fields.reporter,
      value: formatStoredValue(p.fields.value, p.fields.qualifier),
    };
    const issues: CellIssue[] = [];
    const key = rowKey({ indicatorId: p.indicator.id, ...p.fields });
    const twins = byKey.get(key)!.filter((l) => l !== p.line);
    if (twins.length) issues.push({ column: rowWord, message: m.sameAsRows(twins.join(", ")) });

    let sourceId: number | null = null;
    let newSourceUrl: string | null = null;
    let source: string | null = null;
    if (p.source.kind === "url") {
      const found = existingByUrl.get(p.source.url);
      if (found) {
        sourceId = found.id;
        source = sourceLabel(found);
      } else if (!p.source.fields) {
        issues.push({ column: "Source URL", message: m.unknownSourceUrl });
      } else {
        const seen = newSources.get(p.source.url);
        const s = p.source.fields;
        // "Data as of" on every page is the newest source date: a typo here would date the whole site.
        if (s.publishedOn && s.publishedOn > todayIso()) issues.push({ column: "Source date", message: m.futureSourceDate(formatDate(s.publishedOn)) });
        if (seen && (seen.fields.title !== s.title || seen.fields.publisher !== s.publisher || (seen.fields.publishedOn ?? "") !== (s.publishedOn ?? "")))
          issues.push({ column: "Source title", message: m.sourceDescribedTwice(seen.line) });
        else if (!seen) newSources.set(p.source.url, { fields: s, line: p.line });
        newSourceUrl = p.source.url;
        source = m.newSource(sourceLabel({ publisher: s.publisher, title: s.title, publishedOn: s.publishedOn ?? null }));
      }
    } else if (defaultSource) {
      sourceId = defaultSource.id;
      source = sourceLabel(defaultSource);
    }

    const matches = existing.get(key) ?? [];
    if (matches.length > 1) {
      issues.push({ column: rowWord, message: m.severalFigures(matches.length, matches.map((x) => x.key).join(", ")) });
    }
    const match = matches.length === 1 ? matches[0]! : null;
    if (p.expectedVersion !== null && !match && matches.length === 0) issues.push({ column: "Expected version", message: m.expectedMissing });

    const columns = (keep: ObservationRow | null): ObservationInsert => ({
      ...editableColumns({ ...p.fields, sourceId: sourceId ?? keep?.sourceId ?? 0 }),
      periodLabel: keep && !p.given.periodLabel ? keep.periodLabel : p.fields.periodLabel,
      note: keep && !p.given.note ? keep.note : (p.fields.note ?? null),
      originator: keep && !p.given.originator ? keep.originator : p.originator,
    });

    if (issues.length) {
      planned.push({ ...base, status: "invalid", changes: [], issues, source });
      continue;
    }
    if (!match) {
      if (sourceId === null && newSourceUrl === null) {
        planned.push({
          ...base,
          status: "invalid",
          changes: [],
          issues: [{ column: "Source URL", message: m.nameSource }],
          source,
        });
        continue;
      }
      writes.push({ kind: "create", line: p.line, indicatorId: p.indicator.id, indicatorSlug: p.indicator.slug, indicatorName: p.indicator.name, fields: columns(null), newSourceUrl });
      planned.push({ ...base, status: "new", changes: [], issues: [], source });
      continue;
    }

    const next = columns(match);
    const label = (s: number) => {
      const row = db.select().from(sources).where(eq(sources.id, s)).get();
      return row ? sourceLabel(row) : "";
    };
    const changes: PlannedRow["changes"] = [];
    const diff = (field: string, before: unknown, after: unknown, show: (v: never) => string = (v) => String(v ?? "")) => {
      if ((before ?? null) !== (after ?? null)) changes.push({ field, before: show(before as never), after: show(after as never) });
    };
    diff(f.value, `${match.qualifier}|${match.value}`, `${next.qualifier}|${next.value}`, (v: string) => {
      const [q, n] = v.split("|");
      return formatStoredValue(Number(n), q as never);
    });
    diff(f.periodLabel, match.periodLabel, next.periodLabel);
    diff(f.periodType, match.periodType, next.periodType, (v: keyof typeof t.periodType) => t.periodType[v] ?? v);
    diff(f.status, match.status, next.status, (v: keyof typeof t.status) => t.status[v]);
    diff(f.confidence, match.confidence, next.confidence, (v: keyof typeof t.confidence) => t.confidence[v] ?? v);
    diff(f.note, match.note, next.note);
    diff(f.originator, match.originator, next.originator);
    if (newSourceUrl) changes.push({ field: f.source, before: label(match.sourceId), after: source ?? "" });
    else diff(f.source, match.sourceId, next.sourceId, (v: number) => label(v));

    const conflict: CellIssue[] = [];
    if (p.expectedVersion !== null && p.expectedVersion !== match.version)
      conflict.push({
        column: "Expected version",
        message: m.versionChanged(p.expectedVersion, match.version, match.updatedBy, match.updatedAt.slice(0, 16).replace("T", " ")),
      });
    else if (options.asOf && match.updatedAt > options.asOf && changes.length)
      conflict.push({ column: rowWord, message: m.editedAfterAsOf(match.updatedBy, match.updatedAt.slice(0, 16).replace("T", " ")) });
    if (conflict.length) {
      planned.push({ ...base, status: "conflict", changes, issues: conflict, source });
      continue;
    }
    if (changes.length === 0) {
      planned.push({ ...base, status: "unchanged", changes, issues: [], source });
      continue;
    }
    if (sourceId === null && newSourceUrl === null) {
      planned.push({
        ...base,
        status: "invalid",
        changes,
        issues: [{ column: "Source URL", message: m.nameSourceOfNewValue }],
        source,
      });
      continue;
    }
    writes.push({ kind: "update", line: p.line, indicatorSlug: p.indicator.slug, indicatorName: p.indicator.name, before: match, fields: next, newSourceUrl });
    planned.push({ ...base, status: "changed", changes, issues: [], source });
  }

  const counts = { new: 0, changed: 0, unchanged: 0, conflict: 0, invalid: 0 };
  for (const r of planned) counts[r.status] += 1;
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ planned, writes, defaultSource, options: { asOf: options.asOf ?? null }, existing: [...existingByUrl.values()].map((s) => [s.id, s.url]) }))
    .digest("hex");
  return { rows: planned, counts, newSources: [...newSources.values()].map((s) => s.fields), fingerprint, writes };
}

function slugPart(s: string, max: number): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase()
      .slice(0, max)
      .replace(/-+$/, "") || "source"
  );
}

/** A key nobody uses yet: `base`, else `base-2`, `base-3`… (keys are handles for editors, never shown publicly). */
function freeKey(tx: Tx, table: typeof observations | typeof sources, base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (taken.has(key)) continue;
    if (!tx.select({ key: table.key }).from(table).where(eq(table.key, key)).get()) {
      taken.add(key);
      return key;
    }
  }
}

export type ImportResult = { auditId: number; created: number; updated: number; sources: number };

/**
 * Applies a release previewed with `fingerprint` as one transaction: new sources, new and changed
 * figures, and one audit entry naming every row. The plan is made again inside the transaction
 * (BEGIN IMMEDIATE: no other writer can slip in between) and must match the preview exactly;
 * otherwise, or with any invalid or conflicting row, nothing is written. `afterWrite` lets tests
 * fail the transaction half-way and check the rollback.
 */
export function applyImport(
  db: AppDatabase,
  input: ImportOptions & { fingerprint: string; fileName: string; reason?: string | null; actor: Actor; now?: Date; afterWrite?: (written: number) => void },
): ImportResult {
  const now = (input.now ?? new Date()).toISOString();
  return writeTransaction(db, (tx) => {
    const plan = planImport(tx, input);
    if (plan.fingerprint !== input.fingerprint) throw new ConflictError((t) => t.admin.conflicts.importPreviewStale, plan);
    if (plan.counts.invalid || plan.counts.conflict) throw new ConflictError((t) => t.admin.conflicts.importRowsNeedAttention(plan.counts.invalid + plan.counts.conflict), plan);
    if (plan.writes.length === 0) throw new ConflictError((t) => t.admin.conflicts.importNothing, plan);

    const takenKeys = new Set<string>();
    const created: SourceRow[] = [];
    const sourceIds = new Map<string, number>();
    for (const s of plan.newSources) {
      const key = freeKey(tx, sources, `import-${s.publishedOn ?? now.slice(0, 10)}-${slugPart(s.publisher, 30)}`, takenKeys);
      const row = tx
        .insert(sources)
        .values({ key, publisher: s.publisher, originator: s.originator ?? null, title: s.title, url: s.url, publishedOn: s.publishedOn ?? null, note: s.note ?? null })
        .returning()
        .get();
      created.push(row);
      sourceIds.set(row.url, row.id);
    }

    const entries: {
      line: number;
      indicator: string;
      indicatorSlug: string;
      periodLabel: string;
      reporter: string;
      action: "create" | "update";
      before: ObservationRow | null;
      after: ObservationRow;
    }[] = [];
    for (const w of plan.writes) {
      const fields = { ...w.fields, sourceId: w.newSourceUrl ? sourceIds.get(w.newSourceUrl)! : w.fields.sourceId };
      let after: ObservationRow;
      if (w.kind === "create") {
        const key = freeKey(tx, observations, `${slugPart(w.indicatorSlug, 36)}-${fields.reporter}-${fields.periodEnd}`, takenKeys);
        after = tx
          .insert(observations)
          .values({ ...fields, key, indicatorId: w.indicatorId, version: 1, updatedAt: now, updatedBy: input.actor.email })
          .returning()
          .get();
      } else {
        after = tx
          .update(observations)
          .set({ ...fields, version: w.before.version + 1, updatedAt: now, updatedBy: input.actor.email })
          .where(and(eq(observations.id, w.before.id), eq(observations.version, w.before.version)))
          .returning()
          .get();
        if (!after) throw new ConflictError((t) => t.admin.conflicts.importFigureChanged, w.before);
      }
      entries.push({
        line: w.line,
        indicator: w.indicatorName,
        indicatorSlug: w.indicatorSlug,
        periodLabel: after.periodLabel,
        reporter: after.reporter,
        action: w.kind,
        before: w.kind === "update" ? w.before : null,
        after,
      });
      input.afterWrite?.(entries.length);
    }

    const auditId = writeAudit(tx, {
      actor: input.actor,
      action: "import",
      entity: "import",
      // An import is not one row: its figures and sources are listed in `after`.
      entityId: 0,
      entityKey: input.fileName.replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(0, 80) || "release",
      before: null,
      after: { file: input.fileName.slice(0, 200), rows: entries, sources: created },
      reason: input.reason,
      now,
    });
    return { auditId, created: entries.filter((e) => e.action === "create").length, updated: entries.filter((e) => e.action === "update").length, sources: created.length };
  });
}

export type ImportAuditAfter = {
  file: string;
  rows: { line: number; indicator: string; indicatorSlug: string; periodLabel: string; reporter: Reporter; action: "create" | "update"; before: ObservationRow | null; after: ObservationRow }[];
  sources: SourceRow[];
};
