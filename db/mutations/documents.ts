import { and, eq, inArray } from "drizzle-orm";
import { writeTransaction, type AppDatabase } from "../connection";
import { documentIndicators, documents, documentSectors, documentSources, indicators, sources } from "../schema";
import { undefinedToNull } from "../../lib/nullable";
import type { DocumentFields } from "../../lib/schemas/admin";
import { writeAudit, type Tx } from "./audit";
import { ConflictError, NotFoundError, type Actor } from "./errors";

export function documentSnapshot(tx: Tx, id: number) {
  const row = tx.select().from(documents).where(eq(documents.id, id)).get();
  if (!row) return null;
  return {
    ...row,
    sectors: tx
      .select({ s: documentSectors.sectorSlug })
      .from(documentSectors)
      .where(eq(documentSectors.documentId, id))
      .all()
      .map((r) => r.s)
      .sort(),
    sourceIds: tx
      .select({ s: documentSources.sourceId })
      .from(documentSources)
      .where(eq(documentSources.documentId, id))
      .all()
      .map((r) => r.s)
      .sort((a, b) => a - b),
    indicatorIds: tx
      .select({ i: documentIndicators.indicatorId })
      .from(documentIndicators)
      .where(eq(documentIndicators.documentId, id))
      .all()
      .map((r) => r.i)
      .sort((a, b) => a - b),
  };
}

export type DocumentSnapshot = NonNullable<ReturnType<typeof documentSnapshot>>;

/** A snapshot read back as the fields an edit writes, so a revert restores through the same path. */
export function snapshotFields(s: DocumentSnapshot): DocumentFields {
  return {
    title: s.title ?? undefined,
    kind: s.kind ?? undefined,
    signedOn: s.signedOn ?? undefined,
    signedPlace: s.signedPlace ?? undefined,
    parties: s.parties ?? undefined,
    status: s.status ?? undefined,
    identification: s.identification,
    summary: s.summary,
    note: s.note ?? undefined,
    confidence: s.confidence,
    sectors: s.sectors,
    sourceIds: s.sourceIds,
    indicatorIds: s.indicatorIds,
  };
}

/** Writes the document's fields and its sector, source and indicator links. */
export function applyDocumentFields(tx: Tx, id: number, f: DocumentFields, meta: { version: number; now: string; by: string }) {
  const known = (table: typeof sources | typeof indicators, ids: number[]) => (ids.length ? tx.select({ id: table.id }).from(table).where(inArray(table.id, ids)).all().length : 0);
  if (known(sources, f.sourceIds) !== new Set(f.sourceIds).size) throw new NotFoundError((t) => t.admin.notFound.source);
  if (known(indicators, f.indicatorIds) !== new Set(f.indicatorIds).size) throw new NotFoundError((t) => t.admin.notFound.indicator);
  tx.update(documents)
    .set({
      // An emptied field arrives undefined and must clear its column (undefined in set() would keep it).
      ...undefinedToNull({
        title: f.title,
        kind: f.kind,
        signedOn: f.signedOn,
        signedPlace: f.signedPlace,
        parties: f.parties,
        status: f.status,
        identification: f.identification,
        summary: f.summary,
        note: f.note,
        confidence: f.confidence,
      }),
      version: meta.version,
      updatedAt: meta.now,
      updatedBy: meta.by,
    })
    .where(eq(documents.id, id))
    .run();
  tx.delete(documentSectors).where(eq(documentSectors.documentId, id)).run();
  for (const s of new Set(f.sectors)) tx.insert(documentSectors).values({ documentId: id, sectorSlug: s }).run();
  tx.delete(documentSources).where(eq(documentSources.documentId, id)).run();
  for (const s of new Set(f.sourceIds)) tx.insert(documentSources).values({ documentId: id, sourceId: s }).run();
  // Keep the notes of links that stay; drop links that were removed.
  const keep = new Set(f.indicatorIds);
  const existing = tx.select().from(documentIndicators).where(eq(documentIndicators.documentId, id)).all();
  for (const link of existing) {
    if (!keep.has(link.indicatorId))
      tx.delete(documentIndicators)
        .where(and(eq(documentIndicators.documentId, id), eq(documentIndicators.indicatorId, link.indicatorId)))
        .run();
  }
  for (const i of keep) if (!existing.some((l) => l.indicatorId === i)) tx.insert(documentIndicators).values({ documentId: id, indicatorId: i }).run();
}

export function updateDocument(db: AppDatabase, input: { id: number; version: number; fields: DocumentFields; reason?: string | null; actor: Actor; now?: Date }): DocumentSnapshot {
  const now = (input.now ?? new Date()).toISOString();
  return writeTransaction(db, (tx) => {
    const before = documentSnapshot(tx, input.id);
    if (!before) throw new NotFoundError((t) => t.admin.notFound.document);
    if (before.version !== input.version) throw new ConflictError((t) => t.admin.conflicts.documentChanged, before);
    applyDocumentFields(tx, input.id, input.fields, { version: before.version + 1, now, by: input.actor.email });
    const after = documentSnapshot(tx, input.id)!;
    writeAudit(tx, { actor: input.actor, action: "update", entity: "document", entityId: input.id, entityKey: before.slug, before, after, reason: input.reason, now });
    return after;
  });
}
