import { and, eq, gt, gte, sql } from "drizzle-orm";
import { writeTransaction, type AppDatabase } from "../connection";
import { signInAttempts, users } from "../schema";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { createSession } from "./sessions";

/**
 * Throttling slows a guesser without locking the owner out:
 * - per account: 5 failures in 15 minutes close the account to addresses that have never
 *   signed in to it; an address that signed in to it within 90 days still gets through,
 *   so an attacker who knows the (public) admin email cannot lock the admin out;
 * - per account and address: after 5 failures since that address last signed in, each further
 *   try waits 30 s, doubling with each failure up to an hour (this is what slows a guesser who
 *   shares the owner's address, and the owner's own typos never cost more than a short wait);
 * - per address: 20 failures in 15 minutes across all accounts (except to accounts it knows).
 * Every attempt is recorded, and the limits checked, in one BEGIN IMMEDIATE transaction before
 * the password is verified, so parallel guesses cannot all pass a check that none has counted.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
export const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60 * 1000;
export const PAIR_FREE_FAILURES = 5;
export const PAIR_BACKOFF_BASE_MS = 30 * 1000;
export const PAIR_BACKOFF_MAX_MS = 60 * 60 * 1000;
const PAIR_LOOKBACK_MS = 24 * 60 * 60 * 1000;

export type SignInResult =
  { ok: true; token: string; expiresAt: Date; user: { id: number; email: string; role: string } } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterMinutes: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

function failures(tx: Tx, where: ReturnType<typeof and>) {
  const row = tx
    .select({ n: sql<number>`count(*)`, oldest: sql<string | null>`min(${signInAttempts.at})`, latest: sql<string | null>`max(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(and(where, eq(signInAttempts.succeeded, false)))
    .get();
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null, latest: row?.latest ?? null };
}

/** The pair's back-off after `n` failures: none for the first PAIR_FREE_FAILURES, then doubling. */
export function pairBackoffMs(n: number): number {
  return n < PAIR_FREE_FAILURES ? 0 : Math.min(PAIR_BACKOFF_BASE_MS * 2 ** (n - PAIR_FREE_FAILURES), PAIR_BACKOFF_MAX_MS);
}

/** Checks the limits and, when they allow it, records the attempt (as failed until the password proves right). */
function admitAttempt(db: AppDatabase, email: string, ip: string, now: Date): { id: number } | { until: number } {
  const at = now.toISOString();
  return writeTransaction(db, (tx) => {
    const lastSuccess = tx
      .select({ at: sql<string | null>`max(${signInAttempts.at})` })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, email), eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, true)))
      .get()?.at;
    const known = lastSuccess != null && Date.parse(lastSuccess) > now.getTime() - KNOWN_ADDRESS_MS;

    const pairSince = new Date(Math.max(now.getTime() - PAIR_LOOKBACK_MS, lastSuccess ? Date.parse(lastSuccess) : 0)).toISOString();
    const pair = failures(tx, and(eq(signInAttempts.email, email), eq(signInAttempts.ip, ip), gt(signInAttempts.at, pairSince)));
    const wait = pairBackoffMs(pair.count);
    if (wait > 0 && pair.latest && Date.parse(pair.latest) + wait > now.getTime()) return { until: Date.parse(pair.latest) + wait };

    if (!known) {
      const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
      for (const [where, max] of [
        [and(eq(signInAttempts.email, email), gte(signInAttempts.at, since)), MAX_FAILURES_PER_ACCOUNT],
        [and(eq(signInAttempts.ip, ip), gte(signInAttempts.at, since)), MAX_FAILURES_PER_IP],
      ] as const) {
        const f = failures(tx, where);
        if (f.count >= max) return { until: Date.parse(f.oldest ?? at) + THROTTLE_WINDOW_MS };
      }
    }
    return tx.insert(signInAttempts).values({ email, ip, at, succeeded: false }).returning({ id: signInAttempts.id }).get();
  });
}

/**
 * Checks the throttles and counts the attempt, then the password. Unknown emails and wrong
 * passwords give the same answer and take the same time (a dummy hash is verified), so
 * accounts cannot be probed.
 */
export async function signIn(db: AppDatabase, input: { email: string; password: string; ip: string; userAgent?: string | null; now?: Date }): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  const admitted = admitAttempt(db, email, input.ip, now);
  if ("until" in admitted) return { ok: false, reason: "throttled", retryAfterMinutes: Math.max(1, Math.ceil((admitted.until - now.getTime()) / 60_000)) };

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = user && !user.disabledAt ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await dummyPasswordHash(), input.password), false);
  if (!valid || !user) return { ok: false, reason: "invalid" };

  db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, admitted.id)).run();
  const session = createSession(db, { userId: user.id, ip: input.ip, userAgent: input.userAgent, now });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, user: { id: user.id, email: user.email, role: user.role } };
}
