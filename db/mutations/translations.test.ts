import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { editorDatabaseForFile, tablesFingerprint } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { auditLog, contentTranslations } from "../schema";
import { ConflictError, InvalidFieldsError, NotFoundError } from "./errors";
import { revertChange } from "./revert";
import { deleteTranslation, markTranslationReviewed, saveTranslation } from "./translations";

let db: AppDatabase;
let actor: { id: number; email: string };
editorDatabaseForFile("translator@example.test", (d, a) => {
  db = d;
  actor = a;
});

type Ref = Parameters<typeof saveTranslation>[1];
const ref = (over: Partial<Ref> = {}) => ({ entity: "sector", key: "energy", field: "name", locale: "az", ...over }) as const;
const stored = (r: { entity: string; key: string; field: string; locale: string }) =>
  db
    .select()
    .from(contentTranslations)
    .where(
      and(
        eq(contentTranslations.entity, r.entity as "sector"),
        eq(contentTranslations.entityKey, r.key),
        eq(contentTranslations.field, r.field as "name"),
        eq(contentTranslations.locale, r.locale as "az"),
      ),
    )
    .get();
const lastAudit = () => db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
const version = () => (db.$client.prepare("select version from content_version").get() as { version: number }).version;
let clock = Date.parse("2026-12-02T10:00:00.000Z");
const tick = () => new Date((clock += 60_000));

describe("saveTranslation", () => {
  it("replaces a machine translation with the editor's text, clears the machine mark, audits it and moves the content version", () => {
    const before = stored(ref())!;
    expect(before).toMatchObject({ origin: "machine", reviewedAt: null });
    const v = version();
    const after = saveTranslation(db, { ...ref(), text: "  Enerji sahəsi  ", expectedUpdatedAt: before.updatedAt, reason: "clearer", actor, now: tick() });
    expect(after).toMatchObject({ text: "Enerji sahəsi", origin: "editor", sourceUrl: null, reviewedBy: actor.email, updatedBy: actor.email });
    expect(after.reviewedAt).toBe(after.updatedAt);
    expect(version()).toBeGreaterThan(v);
    const entry = lastAudit();
    expect(entry).toMatchObject({ action: "update", entity: "translation", entityId: before.id, entityKey: "sector/energy/name/az", reason: "clearer", userEmail: actor.email });
    expect(JSON.parse(entry.before!).text).toBe(before.text);
    expect(JSON.parse(entry.after!).text).toBe("Enerji sahəsi");
  });

  it("creates a translation where there was none, when the editor saw none", () => {
    db.delete(contentTranslations)
      .where(eq(contentTranslations.id, stored(ref({ key: "health", locale: "kk" }))!.id))
      .run();
    const created = saveTranslation(db, { ...ref({ key: "health", locale: "kk" }), text: "Денсаулық сақтау ісі", expectedUpdatedAt: null, actor, now: tick() });
    expect(created).toMatchObject({ entity: "sector", entityKey: "health", locale: "kk", origin: "editor" });
    expect(lastAudit()).toMatchObject({ action: "create", entityKey: "sector/health/name/kk", before: null });
  });

  it("refuses a stale save (someone saved since the editor opened it) and changes nothing", () => {
    const current = stored(ref())!;
    const before = tablesFingerprint(db);
    const stale = () => saveTranslation(db, { ...ref(), text: "Köhnə mətn", expectedUpdatedAt: "2026-01-01T00:00:00.000Z", actor, now: tick() });
    expect(stale).toThrow(ConflictError);
    expect(stale).toThrow(/Someone else changed this translation/);
    // "No translation yet" is stale too once one exists.
    expect(() => saveTranslation(db, { ...ref(), text: "Yeni", expectedUpdatedAt: null, actor, now: tick() })).toThrow(ConflictError);
    expect(stored(ref())!.text).toBe(current.text);
    expect(tablesFingerprint(db)).toBe(before);
  });

  it("writes nothing when the text is unchanged", () => {
    const current = stored(ref())!;
    const before = tablesFingerprint(db);
    expect(saveTranslation(db, { ...ref(), text: current.text, expectedUpdatedAt: current.updatedAt, actor, now: tick() })).toEqual(current);
    expect(tablesFingerprint(db)).toBe(before);
  });

  it("keeps stamps distinct when two saves fall in the same millisecond, so the conflict check still works", () => {
    const at = tick();
    const first = saveTranslation(db, { ...ref({ locale: "ru" }), text: "Энергетическая сфера", expectedUpdatedAt: stored(ref({ locale: "ru" }))!.updatedAt, actor, now: at });
    const second = saveTranslation(db, { ...ref({ locale: "ru" }), text: "Энергетика и энергосвязи", expectedUpdatedAt: first.updatedAt, actor, now: at });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(() => saveTranslation(db, { ...ref({ locale: "ru" }), text: "Третий", expectedUpdatedAt: first.updatedAt, actor, now: at })).toThrow(ConflictError);
  });

  it("refuses invalid input and changes nothing", () => {
    const current = stored(ref())!;
    const before = tablesFingerprint(db);
    const base = { ...ref(), text: "Enerji", expectedUpdatedAt: current.updatedAt, actor, now: tick() };
    const cases: [Record<string, unknown>, RegExp | typeof Error][] = [
      [{ text: "   " }, /required/],
      [{ text: "x".repeat(501) }, /at most 500/],
      [{ text: "Enerji\u0000" }, /control character/],
      [{ text: "Enerji\u202Eabc" }, /text-direction/],
      [{ text: "Enerji\nsahəsi" }, /one line/],
      [{ locale: "en" }, /Azerbaijani, Kazakh or Russian/],
      [{ locale: "tr" }, /Azerbaijani, Kazakh or Russian/],
      [{ entity: "claim" }, /Unknown kind/],
      [{ field: "title" }, /no translatable title/],
      [{ field: "summary" }, /Unknown field/],
    ];
    for (const [change, message] of cases) {
      let error: unknown;
      try {
        saveTranslation(db, { ...base, ...change } as Parameters<typeof saveTranslation>[1]);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(change).slice(0, 60)).toBeInstanceOf(InvalidFieldsError);
      expect((error as Error).message, JSON.stringify(change).slice(0, 60)).toMatch(message as RegExp);
    }
    expect(tablesFingerprint(db)).toBe(before);
  });

  it("refuses a translation of something that does not exist, or has no English text, with a clear message and writing nothing", () => {
    const before = tablesFingerprint(db);
    expect(() => saveTranslation(db, { ...ref({ key: "no-such-sector" }), text: "Yox", expectedUpdatedAt: null, actor, now: tick() })).toThrow(NotFoundError);
    expect(() => saveTranslation(db, { ...ref({ key: "no-such-sector" }), text: "Yox", expectedUpdatedAt: null, actor, now: tick() })).toThrow('Sector "no-such-sector" not found');
    expect(() => saveTranslation(db, { entity: "milestone", key: "NOPE", field: "title", locale: "ru", text: "Нет", expectedUpdatedAt: null, actor, now: tick() })).toThrow(
      'Milestone "NOPE" not found',
    );
    // A document the sources do not name has no title: there is nothing to translate.
    expect(() =>
      saveTranslation(db, { entity: "document", key: "astana-2025-unidentified-11", field: "title", locale: "ru", text: "Выдуманное название", expectedUpdatedAt: null, actor, now: tick() }),
    ).toThrow(InvalidFieldsError);
    expect(tablesFingerprint(db)).toBe(before);
  });
});

describe("markTranslationReviewed", () => {
  it("keeps the text, records who reviewed it and when, and audits it", () => {
    const r = ref({ key: "transport", locale: "kk" });
    const before = stored(r)!;
    const after = markTranslationReviewed(db, { ...r, expectedUpdatedAt: before.updatedAt, actor, now: tick() });
    expect(after).toMatchObject({ text: before.text, origin: "machine", reviewedBy: actor.email });
    expect(after.reviewedAt).not.toBeNull();
    expect(lastAudit()).toMatchObject({ action: "update", entity: "translation", entityKey: "sector/transport/name/kk" });
    // Reviewed once is enough: a second review is refused, and so is a review of an editor's text.
    expect(() => markTranslationReviewed(db, { ...r, expectedUpdatedAt: after.updatedAt, actor, now: tick() })).toThrow(ConflictError);
    expect(() => markTranslationReviewed(db, { ...ref(), expectedUpdatedAt: stored(ref())!.updatedAt, actor, now: tick() })).toThrow(/not an unreviewed machine translation/);
  });

  it("refuses a stale review", () => {
    const r = ref({ key: "digital", locale: "kk" });
    const before = tablesFingerprint(db);
    expect(() => markTranslationReviewed(db, { ...r, expectedUpdatedAt: "2020-01-01T00:00:00.000Z", actor, now: tick() })).toThrow(ConflictError);
    expect(tablesFingerprint(db)).toBe(before);
  });
});

describe("deleteTranslation and revert", () => {
  it("removes a translation (back to English) with an audit entry, and an admin's revert brings it back", () => {
    const r = ref({ key: "trade", locale: "ru" });
    const before = stored(r)!;
    const v = version();
    deleteTranslation(db, { ...r, expectedUpdatedAt: before.updatedAt, reason: "wrong term", actor, now: tick() });
    expect(stored(r)).toBeUndefined();
    expect(version()).toBeGreaterThan(v);
    const entry = lastAudit();
    expect(entry).toMatchObject({ action: "delete", entity: "translation", entityKey: "sector/trade/name/ru", after: null, reason: "wrong term" });
    revertChange(db, { auditId: entry.id, actor, now: tick() });
    expect(stored(r)).toMatchObject({ text: before.text, origin: before.origin, reviewedAt: before.reviewedAt });
    expect(lastAudit()).toMatchObject({ action: "revert", entity: "translation", revertOf: entry.id });
  });

  it("reverts an edit to the text before it, and refuses when the translation changed again since", () => {
    const r = ref({ key: "legal", locale: "az" });
    const original = stored(r)!;
    const edited = saveTranslation(db, { ...r, text: "Hüquq sahəsində əməkdaşlıq", expectedUpdatedAt: original.updatedAt, actor, now: tick() });
    const editEntry = lastAudit();
    saveTranslation(db, { ...r, text: "Hüquqi əməkdaşlıq sahəsi", expectedUpdatedAt: edited.updatedAt, actor, now: tick() });
    expect(() => revertChange(db, { auditId: editEntry.id, actor, now: tick() })).toThrow(ConflictError);
    const later = lastAudit();
    revertChange(db, { auditId: later.id, actor, now: tick() });
    expect(stored(r)!.text).toBe("Hüquq sahəsində əməkdaşlıq");
    revertChange(db, { auditId: editEntry.id, actor, now: tick() });
    expect(stored(r)).toMatchObject({ text: original.text, origin: "machine", reviewedAt: null });
  });

  it("refuses a stale delete and a delete of nothing, changing nothing", () => {
    const before = tablesFingerprint(db);
    expect(() => deleteTranslation(db, { ...ref({ key: "culture" }), expectedUpdatedAt: "2020-01-01T00:00:00.000Z", actor, now: tick() })).toThrow(ConflictError);
    expect(() => deleteTranslation(db, { ...ref({ key: "no-such-sector" }), expectedUpdatedAt: "2020-01-01T00:00:00.000Z", actor, now: tick() })).toThrow(NotFoundError);
    expect(tablesFingerprint(db)).toBe(before);
  });
});
