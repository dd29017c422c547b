import { beforeEach, describe, expect, it, vi } from "vitest";
import { actionsForFile, type tempDatabase, tablesFingerprint } from "../../../../lib/test-support/temp-db";
import { cookieJar } from "../../../../lib/test-support/next-headers";

// The actions read the session cookie through next/headers; here it lives in a plain map.
vi.mock("next/headers", async () => (await import("../../../../lib/test-support/next-headers")).nextHeaders);

let t: ReturnType<typeof tempDatabase>;
let actions: typeof import("./actions");
const fingerprint = () => tablesFingerprint(t.db);

actionsForFile(
  () => import("./actions"),
  (tt, a) => {
    t = tt;
    actions = a;
  },
);
beforeEach(() => cookieJar.clear());

const target = { entity: "indicator", key: "trade-turnover", field: "name", locale: "ru" } as const;
const stamp = (locale: string = target.locale) =>
  (
    t.db.$client.prepare("select updated_at as u from content_translations where entity = ? and entity_key = ? and field = ? and locale = ?").get(target.entity, target.key, target.field, locale) as
      { u: string } | undefined
  )?.u ?? null;

function validInputs() {
  return {
    saveTranslationAction: { ...target, text: "Взаимный товарооборот", expectedUpdatedAt: stamp() },
    reviewTranslationAction: { ...target, locale: "kk", expectedUpdatedAt: stamp("kk") },
    deleteTranslationAction: { ...target, locale: "az", expectedUpdatedAt: stamp("az") },
  } as const;
}
type Call = (i: unknown) => Promise<{ ok: boolean; status?: string; error?: string; fieldErrors?: Record<string, string>; data?: { updatedAt: string | null } }>;
const call = (name: string, input: unknown) => (actions as unknown as Record<string, Call>)[name]!(input);

async function signIn(role: string) {
  const { createUser } = await import("../../../../db/auth/users");
  const { createSession } = await import("../../../../db/auth/sessions");
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.test`;
  const user = await createUser(t.db, { email, role: role === "viewer" ? "editor" : (role as "editor"), password: "a-long-password" });
  // No such role exists; a row that says so anyway (an old or hand-edited database) must not get in.
  if (role === "viewer") t.db.$client.prepare("update users set role = 'viewer' where id = ?").run(user.id);
  cookieJar.set("azkz_session", createSession(t.db, { userId: user.id }).token);
  return email;
}

describe("translation server actions", () => {
  it("covers every exported action in this test", () => {
    expect(
      Object.keys(actions)
        .filter((k) => k.endsWith("Action"))
        .sort(),
    ).toEqual(Object.keys(validInputs()).sort());
  });

  it("refuse every call without a session, with a forged one, or with a role that may not edit, and change nothing", async () => {
    const before = fingerprint();
    for (const [name, input] of Object.entries(validInputs())) expect(await call(name, input), name).toMatchObject({ ok: false, status: "unauthorized" });
    cookieJar.set("azkz_session", "forged-token-value");
    for (const [name, input] of Object.entries(validInputs())) expect(await call(name, input), name).toMatchObject({ ok: false, status: "unauthorized" });
    expect(fingerprint()).toBe(before);
    await signIn("viewer");
    const afterSignIn = fingerprint();
    for (const [name, input] of Object.entries(validInputs())) expect(await call(name, input), name).toMatchObject({ ok: false, status: "unauthorized" });
    expect(fingerprint()).toBe(afterSignIn);
  });

  it("let an editor save, review and remove translations, each with an audit entry", async () => {
    const email = await signIn("editor");
    const inputs = validInputs();
    const saved = await actions.saveTranslationAction(inputs.saveTranslationAction);
    expect(saved).toMatchObject({ ok: true });
    expect(saved.ok && saved.data.updatedAt).toBe(stamp());
    expect(await actions.reviewTranslationAction(inputs.reviewTranslationAction)).toMatchObject({ ok: true });
    expect(await actions.deleteTranslationAction(inputs.deleteTranslationAction)).toMatchObject({ ok: true, data: { updatedAt: null } });
    const audit = t.db.$client.prepare("select action, entity_key as k from audit_log where user_email = ? order by id").all(email);
    expect(audit).toEqual([
      { action: "update", k: "indicator/trade-turnover/name/ru" },
      { action: "update", k: "indicator/trade-turnover/name/kk" },
      { action: "delete", k: "indicator/trade-turnover/name/az" },
    ]);
    expect(stamp("az")).toBeNull();
    // The one it removed can be written again, by an editor who saw it missing.
    expect(await actions.saveTranslationAction({ ...target, locale: "az", text: "İkitərəfli ticarət dövriyyəsi", expectedUpdatedAt: "" })).toMatchObject({ ok: true });
  });

  it("refuse a stale save as a conflict", async () => {
    await signIn("editor");
    const before = fingerprint();
    expect(await actions.saveTranslationAction({ ...target, text: "Старый вариант", expectedUpdatedAt: "2020-01-01T00:00:00.000Z" })).toMatchObject({ ok: false, status: "conflict" });
    expect(fingerprint()).toBe(before);
  });

  it("refuse invalid input with a message per field, and a translation of nothing, changing nothing", async () => {
    await signIn("editor");
    const base = validInputs().saveTranslationAction;
    const before = fingerprint();
    const cases: [Record<string, unknown>, string][] = [
      [{ text: "" }, "text"],
      [{ text: "x".repeat(501) }, "text"],
      [{ text: "bad\u0007bell" }, "text"],
      [{ locale: "en" }, "locale"],
      [{ locale: "de" }, "locale"],
      [{ entity: "source" }, "entity"],
      [{ field: "description" }, "field"],
      [{ key: "" }, "key"],
    ];
    for (const [change, field] of cases) {
      const r = await actions.saveTranslationAction({ ...base, ...change });
      expect(r, JSON.stringify(change).slice(0, 40)).toMatchObject({ ok: false, status: "invalid" });
      if (!r.ok) expect(r.fieldErrors?.[field], JSON.stringify(change).slice(0, 40)).toBeTruthy();
    }
    expect(await actions.saveTranslationAction({ ...base, key: "no-such-indicator", expectedUpdatedAt: null })).toMatchObject({
      ok: false,
      status: "not_found",
      error: expect.stringContaining('Indicator "no-such-indicator" not found'),
    });
    expect(await actions.saveTranslationAction("not an object")).toMatchObject({ ok: false, status: "invalid" });
    expect(fingerprint()).toBe(before);
  });
});
