import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { writeTransaction, type AppDatabase } from "../connection";
import { contentTranslations, type ContentTranslation } from "../schema";
import { englishTextOf } from "../translatable";
import type { Dictionary } from "../../lib/i18n/en";
import { translationAdminText } from "../../lib/i18n/admin-translations";
import { fieldErrors } from "../../lib/schemas/common";
import { deleteTranslationSchema, parseTranslationAuditKey, reviewTranslationSchema, saveTranslationSchema, translationAuditKey, type TranslationRef } from "../../lib/schemas/translations";
import { writeAudit, type Tx } from "./audit";
import { ConflictError, InvalidFieldsError, NotFoundError, type Actor } from "./errors";

/** The mutations validate again: they are called from scripts and tests as well as from the actions. */
function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new InvalidFieldsError(fieldErrors(r.error));
  return r.data;
}

function current(tx: Tx, r: TranslationRef): ContentTranslation | undefined {
  return tx
    .select()
    .from(contentTranslations)
    .where(and(eq(contentTranslations.entity, r.entity), eq(contentTranslations.entityKey, r.key), eq(contentTranslations.field, r.field), eq(contentTranslations.locale, r.locale)))
    .get();
}

/**
 * Refuses a translation of something that does not exist, or of an empty English field (a document
 * the sources do not name has no title). Kinds and fields are named in the editor's language, by the
 * translation editor's own words (lib/i18n/admin-translations.ts).
 */
function assertEnglish(tx: Tx, r: TranslationRef) {
  const english = englishTextOf(tx, r);
  if (english === undefined) throw new NotFoundError((t, locale) => t.admin.notFound.content(translationAdminText[locale].entities[r.entity], r.key));
  if (english === null)
    throw new InvalidFieldsError((t, locale) => ({ text: t.validation.noEnglishToTranslate(translationAdminText[locale].entities[r.entity], translationAdminText[locale].fields[r.field]) }));
}

/**
 * An ISO time after `previous`: the conflict check compares `updatedAt`, so two writes within one
 * millisecond (or a clock set back) must still leave different stamps.
 */
function stampAfter(now: Date, previous?: string): string {
  const t = previous ? Math.max(now.getTime(), Date.parse(previous) + 1) : now.getTime();
  return new Date(t).toISOString();
}

function assertUnchanged(before: ContentTranslation | undefined, expected: string | null, ref: TranslationRef) {
  if ((before?.updatedAt ?? null) !== expected) {
    const c = (t: Dictionary) => t.admin.conflicts;
    throw new ConflictError((t) => (before ? c(t).translationChanged : expected ? c(t).translationRemoved : c(t).translationAdded), before ?? { ...ref, removed: true });
  }
}

/**
 * Creates or replaces one translation. An editor's text is origin "editor" and counts as reviewed
 * by its author, so the machine mark goes. `expectedUpdatedAt` is the `updatedAt` the editor's copy
 * showed (null: none yet); a different one means someone else saved in between, and the save is refused.
 * Saving the text unchanged writes nothing (use markTranslationReviewed to accept a machine text).
 */
export function saveTranslation(db: AppDatabase, raw: TranslationRef & { text: string; expectedUpdatedAt: string | null; reason?: string | null; actor: Actor; now?: Date }): ContentTranslation {
  const { actor, now: at = new Date() } = raw;
  const input = parsed(saveTranslationSchema, raw);
  return writeTransaction(db, (tx) => {
    assertEnglish(tx, input);
    const before = current(tx, input);
    assertUnchanged(before, input.expectedUpdatedAt, input);
    if (before && before.text === input.text) return before;
    const now = stampAfter(at, before?.updatedAt);
    const columns = { text: input.text, origin: "editor" as const, sourceUrl: null, reviewedAt: now, reviewedBy: actor.email, updatedAt: now, updatedBy: actor.email };
    const after = before
      ? tx.update(contentTranslations).set(columns).where(eq(contentTranslations.id, before.id)).returning().get()
      : tx
          .insert(contentTranslations)
          .values({ entity: input.entity, entityKey: input.key, field: input.field, locale: input.locale, ...columns })
          .returning()
          .get();
    writeAudit(tx, {
      actor,
      action: before ? "update" : "create",
      entity: "translation",
      entityId: after.id,
      entityKey: translationAuditKey(input),
      before: before ?? null,
      after,
      reason: input.reason,
      now,
    });
    return after;
  });
}

/** Accepts a machine translation as it stands: the text stays, the machine mark goes. */
export function markTranslationReviewed(db: AppDatabase, raw: TranslationRef & { expectedUpdatedAt: string; actor: Actor; now?: Date }): ContentTranslation {
  const { actor, now: at = new Date() } = raw;
  const input = parsed(reviewTranslationSchema, raw);
  return writeTransaction(db, (tx) => {
    const before = current(tx, input);
    if (!before) throw new NotFoundError((t) => t.admin.notFound.translation);
    assertUnchanged(before, input.expectedUpdatedAt, input);
    if (before.origin !== "machine" || before.reviewedAt) throw new ConflictError((t) => t.admin.conflicts.translationNotMachine, before);
    const now = stampAfter(at, before.updatedAt);
    const after = tx
      .update(contentTranslations)
      .set({ reviewedAt: now, reviewedBy: actor.email, updatedAt: now, updatedBy: actor.email })
      .where(eq(contentTranslations.id, before.id))
      .returning()
      .get();
    writeAudit(tx, { actor, action: "update", entity: "translation", entityId: after.id, entityKey: translationAuditKey(input), before, after, now });
    return after;
  });
}

/** Removes one translation: the page shows the English again, marked "in English". */
export function deleteTranslation(db: AppDatabase, raw: TranslationRef & { expectedUpdatedAt: string; reason?: string | null; actor: Actor; now?: Date }): void {
  const { actor, now: at = new Date() } = raw;
  const input = parsed(deleteTranslationSchema, raw);
  writeTransaction(db, (tx) => {
    const before = current(tx, input);
    if (!before) throw new NotFoundError((t) => t.admin.notFound.translation);
    assertUnchanged(before, input.expectedUpdatedAt, input);
    tx.delete(contentTranslations).where(eq(contentTranslations.id, before.id)).run();
    writeAudit(tx, { actor, action: "delete", entity: "translation", entityId: before.id, entityKey: translationAuditKey(input), before, after: null, reason: input.reason, now: stampAfter(at) });
  });
}

/**
 * Undoes one audited translation change (called by revertChange, inside its transaction): a creation
 * is removed, a deletion restored, an edit or review set back. Refused when the row no longer reads as
 * the entry left it, since undoing it then would silently discard the later change.
 */
export function revertTranslation(
  tx: Tx,
  entry: { id: number; entityKey: string; before: ContentTranslation | null; after: ContentTranslation | null },
  actor: Actor,
  at: Date,
  reason?: string | null,
) {
  const ref = parseTranslationAuditKey(entry.entityKey);
  if (!ref) throw new NotFoundError((t) => t.admin.notFound.translation);
  const now = stampAfter(at, entry.after?.updatedAt);
  const row = current(tx, ref);
  const audit = (entityId: number, b: unknown, a: unknown) =>
    writeAudit(tx, { actor, action: "revert", entity: "translation", entityId, entityKey: entry.entityKey, before: b, after: a, reason, revertOf: entry.id, now });
  if (entry.after === null) {
    if (row) throw new ConflictError((t) => t.admin.conflicts.translationExistsAgain, row);
    assertEnglish(tx, ref);
    const b = entry.before!;
    const after = tx
      .insert(contentTranslations)
      .values({
        entity: b.entity,
        entityKey: b.entityKey,
        field: b.field,
        locale: b.locale,
        text: b.text,
        origin: b.origin,
        sourceUrl: b.sourceUrl,
        reviewedAt: b.reviewedAt,
        reviewedBy: b.reviewedBy,
        updatedAt: now,
        updatedBy: actor.email,
      })
      .returning()
      .get();
    audit(after.id, null, after);
    return;
  }
  // Compared by content, not stamp: after a later change was itself reverted, the row reads as this entry left it, and undoing this entry discards nothing.
  const unchanged = row && (["text", "origin", "sourceUrl", "reviewedAt", "reviewedBy"] as const).every((k) => row[k] === entry.after![k]);
  if (!row || !unchanged) throw new ConflictError((t) => t.admin.conflicts.translationChangedAgain, row ?? null);
  if (entry.before === null) {
    tx.delete(contentTranslations).where(eq(contentTranslations.id, row.id)).run();
    audit(row.id, row, null);
    return;
  }
  const b = entry.before;
  const after = tx
    .update(contentTranslations)
    .set({ text: b.text, origin: b.origin, sourceUrl: b.sourceUrl, reviewedAt: b.reviewedAt, reviewedBy: b.reviewedBy, updatedAt: stampAfter(at, row.updatedAt), updatedBy: actor.email })
    .where(eq(contentTranslations.id, row.id))
    .returning()
    .get();
  audit(row.id, row, after);
}
