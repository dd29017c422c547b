import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { sessions, users, type User } from "../schema";

/** A session ends after 2 hours without a request, and 12 hours after sign-in at the latest. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not turn every request into a write. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** 256 bits from the OS CSPRNG, base64url: the cookie value. Only its SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createSession(db: AppDatabase, input: { userId: number; ip?: string | null; userAgent?: string | null; now?: Date }): { token: string; expiresAt: Date } {
  const now = input.now ?? new Date();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  db.insert(sessions)
    .values({
      id: hashToken(token),
      userId: input.userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return { token, expiresAt };
}

export type SessionUser = Pick<User, "id" | "email" | "role">;

/** The signed-in user for a cookie token, or null when the session is unknown, revoked, expired, idle too long or the user is disabled. */
export function validateSession(db: AppDatabase, token: string | undefined | null, now = new Date()): { user: SessionUser; sessionId: string } | null {
  if (!token || token.length > 200) return null;
  const id = hashToken(token);
  const row = db
    .select({ session: sessions, user: { id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt } })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, id))
    .get();
  if (!row || row.session.revokedAt || row.user.disabledAt) return null;
  const t = now.getTime();
  if (t >= Date.parse(row.session.expiresAt) || t - Date.parse(row.session.lastSeenAt) >= SESSION_IDLE_MS) return null;
  if (t - Date.parse(row.session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, id)).run();
  }
  return { user: { id: row.user.id, email: row.user.email, role: row.user.role }, sessionId: id };
}

export function revokeSession(db: AppDatabase, token: string, now = new Date()): void {
  db.update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.id, hashToken(token)), isNull(sessions.revokedAt)))
    .run();
}

export function revokeUserSessions(db: AppDatabase, userId: number, now = new Date()): void {
  db.update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run();
}
