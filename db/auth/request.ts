import "server-only";
import { cookies, headers } from "next/headers";
import { getDb } from "../index";
import type { Role } from "../../lib/constants";
import { revokeSession, validateSession, type SessionUser } from "./sessions";

/**
 * The session cookie. Over HTTPS (or any host but localhost) it is `__Host-` prefixed and
 * Secure, which pins it to this exact host and path; plain-HTTP localhost development cannot
 * hold Secure cookies in every browser, so there it is a plain HttpOnly cookie.
 */
const SECURE_NAME = "__Host-azkz_session";
const LOCAL_NAME = "azkz_session";

async function isSecureContext(): Promise<boolean> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (proto) return proto === "https";
  const host = (h.get("host") ?? "").replace(/:\d+$/, "");
  return !["localhost", "127.0.0.1", "[::1]"].includes(host);
}

export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent");
}

async function readToken(): Promise<string | undefined> {
  const c = await cookies();
  return c.get(SECURE_NAME)?.value ?? c.get(LOCAL_NAME)?.value;
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const secure = await isSecureContext();
  (await cookies()).set(secure ? SECURE_NAME : LOCAL_NAME, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt });
}

export async function endSession(): Promise<void> {
  const token = await readToken();
  if (token) revokeSession(getDb(), token);
  const c = await cookies();
  c.delete(SECURE_NAME);
  c.delete(LOCAL_NAME);
}

/** The signed-in user, re-checked against the database on every call. */
export async function currentUser(): Promise<SessionUser | null> {
  return validateSession(getDb(), await readToken())?.user ?? null;
}

/** The signed-in user if their role is allowed; null otherwise. Every server action calls this itself. */
export async function requireRole(roles: readonly Role[]): Promise<SessionUser | null> {
  const user = await currentUser();
  return user && roles.includes(user.role) ? user : null;
}
