import { eq } from "drizzle-orm";
import { writeTransaction, type AppDatabase } from "../connection";
import { claimEvidence, indicators, observations, observationSources, sources } from "../schema";
import { undefinedToNull } from "../../lib/nullable";
import { valueProblemForUnit, type ObservationFields } from "../../lib/schemas/admin";
import { writeAudit, type Tx } from "./audit";
import { ConflictError, InvalidFieldsError, NotFoundError, type Actor } from "./errors";

export type ObservationRow = typeof observations.$inferSelect;

function assertSource(tx: Tx, sourceId: number) {
  if (!tx.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId)).get()) throw new NotFoundError((t) => t.admin.notFound.source);
}

/** Refuses a value the indicator's unit cannot take (the same rule the import applies, lib/schemas/admin.ts). */
function assertValueFitsUnit(tx: Tx, indicatorId: number, value: number) {
  const indicator = tx.select({ unit: indicators.unit }).from(indicators).where(eq(indicators.id, indicatorId)).get();
  if (!indicator || !valueProblemForUnit(indicator.unit, value)) return;
  const unit = indicator.unit;
  // The unit as the editor's language names it (a stored unit without a translation is shown as stored).
  throw new InvalidFieldsError((t) => ({ "fields.value": t.validation.negativeForUnit((t.units as Record<string, string>)[unit] ?? unit) }));
}

/** The editable columns of an observation, as written by an edit or restored by a revert (an emptied note clears it). */
export function editableColumns(f: ObservationFields | ObservationRow) {
  return undefinedToNull({
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    periodLabel: f.periodLabel,
    periodType: f.periodType,
    value: f.value,
    qualifier: f.qualifier,
    status: f.status,
    reporter: f.reporter,
    sourceId: f.sourceId,
    confidence: f.confidence,
    note: f.note,
  });
}

/**
 * Updates one observation if nobody changed it since the editor loaded `version`; writes the
 * change and its audit row in one synchronous transaction (a throw rolls back both).
 * `afterWrite` exists for tests that prove the rollback.
 */
export function updateObservation(
  db: AppDatabase,
  input: { id: number; version: number; fields: ObservationFields; reason?: string | null; actor: Actor; now?: Date; afterWrite?: () => void },
): ObservationRow {
  const now = (input.now ?? new Date()).toISOString();
  return writeTransaction(db, (tx) => {
    const before = tx.select().from(observations).where(eq(observations.id, input.id)).get();
    if (!before) throw new NotFoundError((t) => t.admin.notFound.observation);
    if (before.version !== input.version) throw new ConflictError((t) => t.admin.conflicts.observationChanged, before);
    assertSource(tx, input.fields.sourceId);
    assertValueFitsUnit(tx, before.indicatorId, input.fields.value);
    const after = tx
      .update(observations)
      .set({ ...editableColumns(input.fields), version: before.version + 1, updatedAt: now, updatedBy: input.actor.email })
      .where(eq(observations.id, input.id))
      .returning()
      .get();
    input.afterWrite?.();
    writeAudit(tx, { actor: input.actor, action: "update", entity: "observation", entityId: after.id, entityKey: after.key, before, after, reason: input.reason, now });
    return after;
  });
}

export function createObservation(db: AppDatabase, input: { indicatorId: number; key: string; fields: ObservationFields; reason?: string | null; actor: Actor; now?: Date }): ObservationRow {
  const now = (input.now ?? new Date()).toISOString();
  return writeTransaction(db, (tx) => {
    if (!tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, input.indicatorId)).get()) throw new NotFoundError((t) => t.admin.notFound.indicator);
    const clash = tx.select().from(observations).where(eq(observations.key, input.key)).get();
    if (clash) throw new ConflictError((t) => t.admin.conflicts.keyExists(input.key), clash);
    assertSource(tx, input.fields.sourceId);
    assertValueFitsUnit(tx, input.indicatorId, input.fields.value);
    const after = tx
      .insert(observations)
      .values({ ...editableColumns(input.fields), key: input.key, indicatorId: input.indicatorId, version: 1, updatedAt: now, updatedBy: input.actor.email })
      .returning()
      .get();
    writeAudit(tx, { actor: input.actor, action: "create", entity: "observation", entityId: after.id, entityKey: after.key, before: null, after, reason: input.reason, now });
    return after;
  });
}

export function deleteObservation(db: AppDatabase, input: { id: number; version: number; reason?: string | null; actor: Actor; now?: Date }): void {
  const now = (input.now ?? new Date()).toISOString();
  writeTransaction(db, (tx) => {
    const before = tx.select().from(observations).where(eq(observations.id, input.id)).get();
    if (!before) throw new NotFoundError((t) => t.admin.notFound.observation);
    if (before.version !== input.version) throw new ConflictError((t) => t.admin.conflicts.observationChanged, before);
    const extra = tx.select({ sourceId: observationSources.sourceId }).from(observationSources).where(eq(observationSources.observationId, before.id)).all();
    // Claim evidence may point at the figure; deleting it would orphan the evidence, so refuse.
    const evidence = tx.select({ id: claimEvidence.id }).from(claimEvidence).where(eq(claimEvidence.observationId, before.id)).get();
    if (evidence) throw new ConflictError((t) => t.admin.conflicts.evidence, before);
    tx.delete(observations).where(eq(observations.id, before.id)).run();
    writeAudit(tx, {
      actor: input.actor,
      action: "delete",
      entity: "observation",
      entityId: before.id,
      entityKey: before.key,
      before: { ...before, extraSourceIds: extra.map((e) => e.sourceId) },
      after: null,
      reason: input.reason,
      now,
    });
  });
}
