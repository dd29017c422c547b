import { and, eq, gte, sql } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { signInAttempts, users } from "../schema";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { createSession } from "./sessions";

/** At most 5 failed attempts per account and 20 per address in 15 minutes. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: { id: number; email: string; role: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function failuresSince(db: AppDatabase, column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string, since: string) {
  const row = db
    .select({ n: sql<number>`count(*)`, oldest: sql<string | null>`min(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gte(signInAttempts.at, since)))
    .get();
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null };
}

/**
 * Checks the throttles, then the password. Unknown emails and wrong passwords give the same
 * answer and take the same time (a dummy hash is verified), so accounts cannot be probed.
 */
export async function signIn(db: AppDatabase, input: { email: string; password: string; ip: string; userAgent?: string | null; now?: Date }): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const byAccount = failuresSince(db, signInAttempts.email, email, since);
  const byIp = failuresSince(db, signInAttempts.ip, input.ip, since);
  const blocked = byAccount.count >= MAX_FAILURES_PER_ACCOUNT ? byAccount : byIp.count >= MAX_FAILURES_PER_IP ? byIp : null;
  if (blocked) {
    const until = Date.parse(blocked.oldest ?? now.toISOString()) + THROTTLE_WINDOW_MS;
    return { ok: false, reason: "throttled", retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
  }

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = user && !user.disabledAt ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await dummyPasswordHash(), input.password), false);
  db.insert(signInAttempts).values({ email, ip: input.ip, at: now.toISOString(), succeeded: Boolean(valid) }).run();
  if (!valid || !user) return { ok: false, reason: "invalid" };

  const session = createSession(db, { userId: user.id, ip: input.ip, userAgent: input.userAgent, now });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, user: { id: user.id, email: user.email, role: user.role } };
}
