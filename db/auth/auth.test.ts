import { describe, expect, it } from "vitest";
import { tempDatabase, databaseForFile } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { eq } from "drizzle-orm";
import { auditLog, sessions, users } from "../schema";
import { hashPassword, parseHashParams, verifyPassword } from "./passwords";
import { createSession, hashToken, revokeSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSession } from "./sessions";
import { MAX_FAILURES_PER_ACCOUNT, signIn } from "./sign-in";
import { createUser, ensureFirstAdmin, setUserDisabled } from "./users";

let db: AppDatabase;
databaseForFile({}, (d) => (db = d));

describe("passwords", () => {
  it("are Argon2id hashes with at least 19 MiB and 2 iterations, read back from the stored hash", async () => {
    const h = await hashPassword("correct horse battery staple");
    const p = parseHashParams(h);
    expect(p?.algorithm).toBe("argon2id");
    expect(p!.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(p!.iterations).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(h, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(h, "wrong")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});

describe("sessions", () => {
  it("stores only a hash of a 256-bit token and validates it", async () => {
    const u = await createUser(db, { email: "Editor@Example.test", role: "editor", password: "a-long-password-1" });
    expect(u.email).toBe("editor@example.test");
    const { token } = createSession(db, { userId: u.id });
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = db.select().from(sessions).all();
    expect(stored.some((s) => s.id === token)).toBe(false);
    expect(stored.some((s) => s.id === hashToken(token))).toBe(true);
    expect(validateSession(db, token)?.user.email).toBe("editor@example.test");
    expect(validateSession(db, token + "x")).toBeNull();
  });

  it("end on sign-out, after the idle limit, at the absolute limit and when the user is disabled", async () => {
    const u = await createUser(db, { email: "e2@example.test", role: "editor", password: "a-long-password-2" });
    const t0 = new Date("2026-01-01T00:00:00Z");
    const a = createSession(db, { userId: u.id, now: t0 });
    revokeSession(db, a.token);
    expect(validateSession(db, a.token, t0)).toBeNull();

    const b = createSession(db, { userId: u.id, now: t0 });
    expect(validateSession(db, b.token, new Date(t0.getTime() + SESSION_IDLE_MS - 1000))).not.toBeNull();
    expect(validateSession(db, b.token, new Date(t0.getTime() + 2 * SESSION_IDLE_MS + 1000))).toBeNull();

    const c = createSession(db, { userId: u.id, now: t0 });
    let now = t0.getTime();
    while (now + SESSION_IDLE_MS / 2 < t0.getTime() + SESSION_ABSOLUTE_MS) {
      now += SESSION_IDLE_MS / 2;
      validateSession(db, c.token, new Date(now));
    }
    expect(validateSession(db, c.token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS + 1))).toBeNull();

    const d = createSession(db, { userId: u.id });
    const admin = { id: u.id, email: "admin@example.test" };
    setUserDisabled(db, { userId: u.id, disabled: true, actor: admin });
    expect(validateSession(db, d.token)).toBeNull();
    setUserDisabled(db, { userId: u.id, disabled: false, actor: admin });
    expect(validateSession(db, d.token)).toBeNull();
    const audit = db.select().from(auditLog).where(eq(auditLog.entity, "user")).all();
    expect(audit.map((a) => [a.action, a.entityKey, a.userEmail])).toEqual([
      ["disable", "e2@example.test", "admin@example.test"],
      ["enable", "e2@example.test", "admin@example.test"],
    ]);
    expect(JSON.parse(audit[0]!.before!).disabledAt).toBeNull();
    expect(JSON.parse(audit[0]!.after!).disabledAt).not.toBeNull();
  });
});

describe("sign-in", () => {
  it("refuses a wrong password and an unknown email alike, then throttles the account", async () => {
    await createUser(db, { email: "t@example.test", role: "editor", password: "the-right-password" });
    expect(await signIn(db, { email: "nobody@example.test", password: "x", ip: "10.0.0.9" })).toEqual({ ok: false, reason: "invalid" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect((await signIn(db, { email: "t@example.test", password: "wrong", ip: `10.0.1.${i}` })).ok).toBe(false);
    const blocked = await signIn(db, { email: "t@example.test", password: "the-right-password", ip: "10.0.2.1" });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    const later = await signIn(db, { email: "T@example.test ", password: "the-right-password", ip: "10.0.2.1", now: new Date(Date.now() + 16 * 60 * 1000) });
    expect(later.ok).toBe(true);
  });
});

describe("first admin", () => {
  it("uses ADMIN_EMAIL / ADMIN_PASSWORD, or prints a random password once, and never runs twice", async () => {
    const t = tempDatabase();
    try {
      const lines: string[] = [];
      await ensureFirstAdmin(t.db, {}, (l) => lines.push(l));
      expect(lines).toHaveLength(1);
      const password = /password (\S+) /.exec(lines[0]!)?.[1];
      expect(password && password.length).toBeGreaterThanOrEqual(20);
      expect((await signIn(t.db, { email: "admin@localhost", password: password!, ip: "127.0.0.1" })).ok).toBe(true);
      await ensureFirstAdmin(t.db, { ADMIN_EMAIL: "x@example.test", ADMIN_PASSWORD: "another-password" }, (l) => lines.push(l));
      expect(lines).toHaveLength(1);
      expect(t.db.select().from(users).all()).toHaveLength(1);
    } finally {
      t.cleanup();
    }
  });
});
