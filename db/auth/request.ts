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

/**
 * server.mjs (lib/request-guard.js) sets these from the socket, or from the X-Forwarded-* headers
 * of as many proxies as TRUST_PROXY says, after deleting any copy the client sent. Under
 * `next dev` they are absent: every client is then "unknown" and plain HTTP.
 */
const CLIENT_ADDRESS = "x-azkz-client-address";
const CLIENT_PROTO = "x-azkz-client-proto";

async function isSecureContext(): Promise<boolean> {
  const h = await headers();
  if (h.get(CLIENT_PROTO) === "https") return true;
  const host = (h.get("host") ?? "").replace(/:\d+$/, "");
  return !["localhost", "127.0.0.1", "[::1]"].includes(host);
}

/** The address sign-in throttling counts by: never a header the client could choose. */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS) || "unknown";
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
  // A browser drops a deletion unless it carries the attributes the cookie was set with
  // (a `__Host-` cookie is only accepted, and so only cleared, with Secure and Path=/).
  const c = await cookies();
  const gone = { httpOnly: true, sameSite: "lax", path: "/", expires: new Date(0), maxAge: 0 } as const;
  if (c.has(SECURE_NAME) || (await isSecureContext())) c.set(SECURE_NAME, "", { ...gone, secure: true });
  if (c.has(LOCAL_NAME) || !(await isSecureContext())) c.set(LOCAL_NAME, "", { ...gone, secure: false });
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
