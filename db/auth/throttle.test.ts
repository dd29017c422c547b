import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseForFile } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { signInAttempts } from "../schema";
import { MAX_FAILURES_PER_ACCOUNT, PAIR_BACKOFF_BASE_MS, PAIR_FREE_FAILURES, signIn } from "./sign-in";
import { createUser } from "./users";

// Counts the Argon2 verifications a burst of sign-ins really costs.
const verifications = vi.hoisted(() => ({ n: 0 }));
vi.mock("./passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("./passwords")>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      verifications.n++;
      return real.verifyPassword(hash, password);
    },
  };
});

let db: AppDatabase;
databaseForFile({}, (d) => (db = d));
beforeEach(() => {
  db.delete(signInAttempts).run();
  verifications.n = 0;
});

const OWNER = { email: "owner@example.test", password: "the-owners-password" };

describe("sign-in throttling", () => {
  beforeAll(async () => {
    await createUser(db, { ...OWNER, role: "admin" });
  });

  it("verifies at most the account limit of 100 parallel wrong passwords, and the owner still signs in from an address it used before", async () => {
    expect((await signIn(db, { ...OWNER, ip: "192.0.2.10" })).ok).toBe(true);
    verifications.n = 0;
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(db, { email: OWNER.email, password: `guess-${i}`, ip: `198.51.100.${i}` })));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(verifications.n).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(100 - verifications.n);
    // A right password from a new address is refused while the account is under attack…
    expect(await signIn(db, { ...OWNER, ip: "203.0.113.7" })).toMatchObject({ ok: false, reason: "throttled" });
    // …but from the address that signed in before, it passes.
    expect((await signIn(db, { ...OWNER, ip: "192.0.2.10" })).ok).toBe(true);
  });

  it("refuses the right password in a burst of wrong ones from unknown addresses once the limit is reached", async () => {
    const burst = [...Array.from({ length: 29 }, (_, i) => ({ password: `wrong-${i}` })), { password: OWNER.password }];
    const results = await Promise.all(burst.map((b, i) => signIn(db, { email: OWNER.email, password: b.password, ip: `198.51.100.${i}` })));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(verifications.n).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it("backs off exponentially per account and address, even from a known address", async () => {
    const t0 = Date.parse("2030-01-01T00:00:00Z");
    const at = (ms: number) => new Date(t0 + ms);
    expect((await signIn(db, { ...OWNER, ip: "192.0.2.20", now: at(0) })).ok).toBe(true);
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) expect(await signIn(db, { email: OWNER.email, password: "wrong", ip: "192.0.2.20", now: at(1000 + i) })).toEqual({ ok: false, reason: "invalid" });
    const last = 1000 + PAIR_FREE_FAILURES - 1;
    expect(await signIn(db, { ...OWNER, ip: "192.0.2.20", now: at(last + PAIR_BACKOFF_BASE_MS - 1) })).toMatchObject({ reason: "throttled" });
    expect(await signIn(db, { email: OWNER.email, password: "wrong", ip: "192.0.2.20", now: at(last + PAIR_BACKOFF_BASE_MS) })).toEqual({ ok: false, reason: "invalid" });
    const second = last + PAIR_BACKOFF_BASE_MS;
    expect(await signIn(db, { ...OWNER, ip: "192.0.2.20", now: at(second + 2 * PAIR_BACKOFF_BASE_MS - 1) })).toMatchObject({ reason: "throttled" });
    expect((await signIn(db, { ...OWNER, ip: "192.0.2.20", now: at(second + 2 * PAIR_BACKOFF_BASE_MS) })).ok).toBe(true);
    // A success resets the pair.
    expect(await signIn(db, { email: OWNER.email, password: "wrong", ip: "192.0.2.20", now: at(second + 2 * PAIR_BACKOFF_BASE_MS + 1) })).toEqual({ ok: false, reason: "invalid" });
  });
});
