import { beforeEach, describe, expect, it, vi } from "vitest";
import { actionsForFile, type tempDatabase, tablesFingerprint } from "../../../lib/test-support/temp-db";
import { cookieJar } from "../../../lib/test-support/next-headers";

// The actions read the session cookie through next/headers; here it lives in a plain map.
vi.mock("next/headers", async () => (await import("../../../lib/test-support/next-headers")).nextHeaders);
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));

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

function validInputs() {
  const obs = t.db.$client.prepare("select * from observations where key = 'TA-2024'").get() as Record<string, unknown>;
  const doc = t.db.$client.prepare("select id, version from documents where slug = 'astana-2025-unidentified-11'").get() as { id: number; version: number };
  const fields = {
    periodStart: obs.period_start,
    periodEnd: obs.period_end,
    periodLabel: obs.period_label,
    periodType: obs.period_type,
    value: "471",
    qualifier: obs.qualifier,
    status: obs.status,
    reporter: obs.reporter,
    sourceId: String(obs.source_id),
    confidence: obs.confidence,
    note: "",
  };
  return {
    updateObservationAction: { id: obs.id, version: obs.version, fields },
    createObservationAction: { indicatorId: obs.indicator_id, key: "NEW-1", fields },
    deleteObservationAction: { id: obs.id, version: obs.version },
    createSourceAction: { publisher: "P", title: "T", url: "https://example.org/new", publishedOn: "2026-01" },
    updateDocumentAction: {
      id: doc.id,
      version: doc.version,
      fields: { identification: "identified", title: "Invented title", summary: "x", confidence: "low", sectors: [], sourceIds: [1], indicatorIds: [] },
    },
    revertAuditAction: { auditId: 1 },
    setUserDisabledAction: { userId: 1, disabled: true },
  } as const;
}

const ADMIN_ONLY = new Set(["revertAuditAction", "setUserDisabledAction"]);

describe("admin server actions", () => {
  it("covers every exported action in this test", () => {
    const exported = Object.keys(actions).filter((k) => k.endsWith("Action") && !["signInAction", "signOutAction"].includes(k));
    expect(exported.sort()).toEqual(Object.keys(validInputs()).sort());
  });

  it("refuse every call without a session and change nothing", async () => {
    const before = fingerprint();
    for (const [name, input] of Object.entries(validInputs())) {
      const result = await (actions as unknown as Record<string, (i: unknown) => Promise<{ ok: boolean; status?: string }>>)[name]!(input);
      expect(result, name).toMatchObject({ ok: false, status: "unauthorized" });
    }
    expect(fingerprint()).toBe(before);
  });

  it("refuse a forged or revoked session cookie", async () => {
    const before = fingerprint();
    cookieJar.set("azkz_session", "forged-token-value");
    expect(await actions.updateObservationAction(validInputs().updateObservationAction)).toMatchObject({ ok: false, status: "unauthorized" });
    expect(fingerprint()).toBe(before);
  });

  it("let an editor edit but refuse the admin-only actions", async () => {
    const { createUser } = await import("../../../db/auth/users");
    const { createSession } = await import("../../../db/auth/sessions");
    const editor = await createUser(t.db, { email: "ed@example.test", role: "editor", password: "a-long-password" });
    cookieJar.set("azkz_session", createSession(t.db, { userId: editor.id }).token);
    const before = fingerprint();
    for (const name of ADMIN_ONLY) {
      const result = await (actions as unknown as Record<string, (i: unknown) => Promise<{ ok: boolean; status?: string }>>)[name]!((validInputs() as Record<string, unknown>)[name]);
      expect(result, name).toMatchObject({ ok: false, status: "unauthorized" });
    }
    expect(fingerprint()).toBe(before);
    const ok = await actions.updateObservationAction(validInputs().updateObservationAction);
    expect(ok.ok).toBe(true);
  });

  it("refuse invalid input with a message per field and change nothing", async () => {
    const { createUser } = await import("../../../db/auth/users");
    const { createSession } = await import("../../../db/auth/sessions");
    const editor = await createUser(t.db, { email: "ed2@example.test", role: "editor", password: "a-long-password" });
    cookieJar.set("azkz_session", createSession(t.db, { userId: editor.id }).token);
    const base = validInputs().updateObservationAction;
    const before = fingerprint();
    const cases: [Record<string, unknown>, string][] = [
      [{ value: "" }, "fields.value"],
      [{ value: "twelve" }, "fields.value"],
      [{ value: "1e309" }, "fields.value"],
      [{ note: "x".repeat(10_000) }, "fields.note"],
      [{ periodEnd: "2024-02-30" }, "fields.periodEnd"],
    ];
    for (const [change, field] of cases) {
      const r = await actions.updateObservationAction({ ...base, fields: { ...base.fields, ...change } });
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.[field], JSON.stringify(change).slice(0, 40)).toBeTruthy();
    }
    const js = await actions.createSourceAction({ ...validInputs().createSourceAction, url: "javascript:alert(1)" });
    expect(js.ok).toBe(false);
    if (!js.ok) expect(js.fieldErrors?.url).toMatch(/http/);
    expect(fingerprint()).toBe(before);
  });
});
