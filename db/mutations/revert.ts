import { eq } from "drizzle-orm";
import { writeTransaction, type AppDatabase } from "../connection";
import { auditLog, observations, observationSources, sources } from "../schema";
import { writeAudit } from "./audit";
import { applyDocumentFields, documentSnapshot, snapshotFields, type DocumentSnapshot } from "./documents";
import { ConflictError, NotFoundError, type Actor } from "./errors";
import type { ImportAuditAfter } from "./import";
import { editableColumns, type ObservationRow } from "./observations";
import { revertTranslation } from "./translations";

/**
 * Undoes one audited change, itself audited as a "revert". Refused when the row changed again
 * since, because undoing then would silently discard the later change.
 */
export function revertChange(db: AppDatabase, input: { auditId: number; reason?: string | null; actor: Actor; now?: Date }) {
  const now = (input.now ?? new Date()).toISOString();
  return writeTransaction(db, (tx) => {
    const entry = tx.select().from(auditLog).where(eq(auditLog.id, input.auditId)).get();
    if (!entry) throw new NotFoundError((t) => t.admin.notFound.auditEntry);
    const before = entry.before ? JSON.parse(entry.before) : null;
    const after = entry.after ? JSON.parse(entry.after) : null;
    const audit = (entityId: number, b: unknown, a: unknown) =>
      writeAudit(tx, { actor: input.actor, action: "revert", entity: entry.entity, entityId, entityKey: entry.entityKey, before: b, after: a, reason: input.reason, revertOf: entry.id, now });

    if (entry.entity === "observation") {
      const current = tx.select().from(observations).where(eq(observations.id, entry.entityId)).get();
      if (entry.action === "delete") {
        if (current) throw new ConflictError((t) => t.admin.conflicts.figureExistsAgain, current);
        const { extraSourceIds = [], ...row } = before as ObservationRow & { extraSourceIds?: number[] };
        if (tx.select({ id: observations.id }).from(observations).where(eq(observations.key, row.key)).get()) throw new ConflictError((t) => t.admin.conflicts.keyTaken(row.key), null);
        const restored = tx
          .insert(observations)
          .values({ ...row, version: row.version + 1, updatedAt: now, updatedBy: input.actor.email })
          .returning()
          .get();
        for (const s of extraSourceIds)
          if (tx.select({ id: sources.id }).from(sources).where(eq(sources.id, s)).get()) tx.insert(observationSources).values({ observationId: restored.id, sourceId: s }).onConflictDoNothing().run();
        audit(restored.id, null, restored);
        return { entity: "observation" as const, key: restored.key };
      }
      if (!current) throw new NotFoundError((t) => t.admin.notFound.observation);
      if (current.version !== (after as ObservationRow).version) throw new ConflictError((t) => t.admin.conflicts.figureChangedAgain, current);
      if (entry.action === "create") {
        tx.delete(observations).where(eq(observations.id, current.id)).run();
        audit(current.id, current, null);
        return { entity: "observation" as const, key: current.key };
      }
      const restored = tx
        .update(observations)
        .set({
          ...editableColumns(before as ObservationRow),
          version: current.version + 1,
          updatedAt: now,
          updatedBy: input.actor.email,
        })
        .where(eq(observations.id, current.id))
        .returning()
        .get();
      audit(current.id, current, restored);
      return { entity: "observation" as const, key: restored.key };
    }

    if (entry.entity === "document") {
      const current = documentSnapshot(tx, entry.entityId);
      if (!current) throw new NotFoundError((t) => t.admin.notFound.document);
      if (current.version !== (after as DocumentSnapshot).version) throw new ConflictError((t) => t.admin.conflicts.documentChangedAgain, current);
      applyDocumentFields(tx, current.id, snapshotFields(before as DocumentSnapshot), { version: current.version + 1, now, by: input.actor.email });
      audit(current.id, current, documentSnapshot(tx, current.id));
      return { entity: "document" as const, key: current.slug };
    }

    if (entry.entity === "import") {
      // The whole release, or nothing: refused when any of its figures changed again since.
      if (entry.action !== "import") throw new ConflictError((t) => t.admin.conflicts.importReapply, null);
      const imported = after as ImportAuditAfter;
      const restored: { line: number; before: ObservationRow; after: ObservationRow | null }[] = [];
      for (const r of [...imported.rows].reverse()) {
        const current = tx.select().from(observations).where(eq(observations.id, r.after.id)).get();
        if (!current || current.version !== r.after.version) throw new ConflictError((t) => t.admin.conflicts.importRowChanged(r.line, r.indicator, r.periodLabel), current ?? null);
        if (r.action === "create") {
          try {
            tx.delete(observations).where(eq(observations.id, current.id)).run();
          } catch {
            throw new ConflictError((t) => t.admin.conflicts.importRowCited(r.line, r.indicator, r.periodLabel), current);
          }
          restored.push({ line: r.line, before: current, after: null });
        } else {
          const back = tx
            .update(observations)
            .set({ ...editableColumns(r.before!), originator: r.before!.originator, version: current.version + 1, updatedAt: now, updatedBy: input.actor.email })
            .where(eq(observations.id, current.id))
            .returning()
            .get();
          restored.push({ line: r.line, before: current, after: back });
        }
      }
      for (const src of imported.sources) {
        if (tx.select({ id: observations.id }).from(observations).where(eq(observations.sourceId, src.id)).get()) continue;
        try {
          tx.delete(sources).where(eq(sources.id, src.id)).run();
        } catch {
          // Cited by something other than a figure (a document): it stays.
        }
      }
      audit(entry.entityId, { file: imported.file, rows: restored }, null);
      return { entity: "import" as const, key: entry.entityKey };
    }

    if (entry.entity === "translation") {
      revertTranslation(tx, { id: entry.id, entityKey: entry.entityKey, before, after }, input.actor, new Date(now), input.reason);
      return { entity: "translation" as const, key: entry.entityKey };
    }

    if (entry.entity === "user") throw new ConflictError((t) => t.admin.conflicts.accountNotReverted, null);

    // A source added by mistake: remove it if nothing cites it yet.
    const current = tx.select().from(sources).where(eq(sources.id, entry.entityId)).get();
    if (!current) throw new NotFoundError((t) => t.admin.notFound.source);
    if (entry.action !== "create") throw new ConflictError((t) => t.admin.conflicts.sourceOnlyCreate, current);
    const cited = tx.select({ id: observations.id }).from(observations).where(eq(observations.sourceId, current.id)).get();
    if (cited) throw new ConflictError((t) => t.admin.conflicts.sourceCited, current);
    try {
      tx.delete(sources).where(eq(sources.id, current.id)).run();
    } catch {
      throw new ConflictError((t) => t.admin.conflicts.sourceCitedElsewhere, current);
    }
    audit(current.id, current, null);
    return { entity: "source" as const, key: current.key };
  });
}
