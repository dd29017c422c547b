import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { writeTransaction, type AppDatabase } from "../connection";
import { users } from "../schema";
import type { Role } from "../../lib/constants";
import { plainText } from "../../lib/schemas/common";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords";
import { writeAudit } from "../mutations/audit";
import { NotFoundError, type Actor } from "../mutations/errors";
import { revokeUserSessions } from "./sessions";
import { normalizeEmail } from "./sign-in";

/** Deliberately loose (admin@localhost must pass): the address is an account name, never mailed to. */
export const emailSchema = plainText(
  z
    .string()
    .regex(/^[^\s@]+@[^\s@]+$/, "Enter a valid email address")
    .max(254),
  "The email",
);

/** A random password for generated accounts: 18 bytes, base64url (24 characters). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createUser(db: AppDatabase, input: { email: string; role: Role; password: string; now?: Date }) {
  const email = normalizeEmail(input.email);
  emailSchema.parse(email);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) throw new Error(`An account for ${email} already exists`);
  const passwordHash = await hashPassword(input.password);
  return db
    .insert(users)
    .values({ email, role: input.role, passwordHash, createdAt: (input.now ?? new Date()).toISOString() })
    .returning({ id: users.id, email: users.email, role: users.role })
    .get();
}

/**
 * On first start: the account from ADMIN_EMAIL / ADMIN_PASSWORD, or admin@localhost with a
 * random password printed once. Does nothing when any account exists. No default password
 * exists anywhere.
 */
export async function ensureFirstAdmin(db: AppDatabase, env: Record<string, string | undefined> = process.env, log: (line: string) => void = console.log): Promise<void> {
  const { n } = db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .get() ?? { n: 0 };
  if (n > 0) return;
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    await createUser(db, { email: env.ADMIN_EMAIL, role: "admin", password: env.ADMIN_PASSWORD });
    log(`Created the first admin account ${normalizeEmail(env.ADMIN_EMAIL)} from ADMIN_EMAIL / ADMIN_PASSWORD.`);
    return;
  }
  const password = generatePassword();
  await createUser(db, { email: "admin@localhost", role: "admin", password });
  log(`Created the first admin account admin@localhost with the password ${password} — it is shown only this once; sign in and keep it safe.`);
}

/** Disables or enables an account; the change and its audit row are one transaction, as for data edits. */
export function setUserDisabled(db: AppDatabase, input: { userId: number; disabled: boolean; actor: Actor; now?: Date }) {
  const now = input.now ?? new Date();
  writeTransaction(db, (tx) => {
    const before = tx.select({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, input.userId)).get();
    if (!before) throw new NotFoundError((t) => t.admin.notFound.account);
    const after = tx
      .update(users)
      .set({ disabledAt: input.disabled ? now.toISOString() : null })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt })
      .get();
    if (input.disabled) revokeUserSessions(tx as unknown as AppDatabase, input.userId, now);
    writeAudit(tx, { actor: input.actor, action: input.disabled ? "disable" : "enable", entity: "user", entityId: after.id, entityKey: after.email, before, after, now: now.toISOString() });
  });
}
