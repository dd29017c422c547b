import { beforeEach, describe, expect, it, vi } from "vitest";
import { actionsForFile, type tempDatabase, tablesFingerprint } from "../../../../lib/test-support/temp-db";
import { cookieJar } from "../../../../lib/test-support/next-headers";

// The actions read the session cookie through next/headers; here it lives in a plain map.
vi.mock("next/headers", async () => (await import("../../../../lib/test-support/next-headers")).nextHeaders);

let t: ReturnType<typeof tempDatabase>;
let actions: typeof import("./actions");

const snapshot = () => tablesFingerprint(t.db);

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");
const CSV = [
  "Indicator,Reported by,Period start,Period end,Value,Status,Confidence,Source URL,Source title,Source publisher,Source date",
  'trade-turnover,Kazakh side,2025-01-01,2025-01-31,"40,5",preliminary,high,https://example.org/a,Release,Bureau,2026-01-15',
  "trade-turnover,Kazakh side,2025-02-01,2025-02-28,41,preliminary,high,https://example.org/a,Release,Bureau,2026-01-15",
].join("\n");
const upload = (content: string | Uint8Array = CSV, fileName = "release.csv") => ({ fileName, content: b64(content) });

actionsForFile(
  () => import("./actions"),
  (tt, a) => {
    t = tt;
    actions = a;
  },
);
beforeEach(() => cookieJar.clear());

async function signInAsEditor() {
  const { createUser } = await import("../../../../db/auth/users");
  const { createSession } = await import("../../../../db/auth/sessions");
  const email = `ed${Math.random().toString(36).slice(2)}@example.test`;
  const editor = await createUser(t.db, { email, role: "editor", password: "a-long-password" });
  cookieJar.set("azkz_session", createSession(t.db, { userId: editor.id }).token);
}

describe("import server actions", () => {
  it("refuse a call without a session, and change nothing", async () => {
    const before = snapshot();
    expect(await actions.previewImportAction(upload())).toMatchObject({ ok: false, error: expect.stringContaining("Sign in") });
    expect(await actions.applyImportAction({ ...upload(), fingerprint: "0".repeat(64) })).toMatchObject({ ok: false, error: expect.stringContaining("Sign in") });
    expect(snapshot()).toBe(before);
  });

  it("give a clear message for each kind of bad upload, and change nothing", async () => {
    await signInAsEditor();
    const before = snapshot();
    const cases: [unknown, string][] = [
      [{ fileName: "release.xls", content: b64("x") }, "Upload a .csv or .xlsx file"],
      [{ fileName: "release.csv", content: "not base64!" }, "did not arrive intact"],
      [{ fileName: "release.csv", content: "A".repeat(800_000) }, "larger than 512 KB"],
      [{ fileName: "release.csv", content: "" }, "empty"],
      [upload(new Uint8Array([0xff, 0xfe, 0x00, 0x41])), "not UTF-8"],
      [upload("hello", "release.xlsx"), "not an Excel workbook"],
      [upload("Colour,Value\nred,1\n"), "Unknown column"],
      [{ ...upload(), asOf: "yesterday" }, "Use a date and time"],
      [{ ...upload(), defaultSourceId: "-1" }, ""],
      ["a string, not an object", ""],
    ];
    for (const [input, message] of cases) {
      const r = await actions.previewImportAction(input);
      expect(r.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!r.ok && message) expect(`${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`).toContain(message);
    }
    expect(snapshot()).toBe(before);
  });

  it("apply reads and checks the file again: a changed file or a forged fingerprint is refused", async () => {
    await signInAsEditor();
    const preview = await actions.previewImportAction(upload());
    expect(preview).toMatchObject({ ok: true, data: { counts: { new: 2, invalid: 0 } } });
    if (!preview.ok) return;
    const before = snapshot();
    // The browser could send other bytes with the fingerprint it was given: a negative value now.
    const tampered = await actions.applyImportAction({ ...upload(CSV.replace('"40,5"', "-40")), fingerprint: preview.data.fingerprint });
    expect(tampered).toMatchObject({ ok: false, error: expect.stringMatching(/changed after your preview/) });
    expect(await actions.applyImportAction({ ...upload(), fingerprint: "f".repeat(64) })).toMatchObject({ ok: false });
    expect(snapshot()).toBe(before);
    const applied = await actions.applyImportAction({ ...upload(), fingerprint: preview.data.fingerprint });
    expect(applied).toMatchObject({ ok: true, data: { created: 2, updated: 0, sources: 1 } });
    expect(snapshot()).not.toBe(before);
  });
});
