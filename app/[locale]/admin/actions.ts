"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { clientAddress, endSession, requireRole, setSessionCookie, userAgent } from "@/db/auth/request";
import { signIn } from "@/db/auth/sign-in";
import { setUserDisabled } from "@/db/auth/users";
import { getDb } from "@/db";
import { databaseFileProblem } from "@/db/connection";
import { updateDocument } from "@/db/mutations/documents";
import { ConflictError, InvalidFieldsError, NotFoundError } from "@/db/mutations/errors";
import { createObservation, deleteObservation, updateObservation } from "@/db/mutations/observations";
import { revertChange } from "@/db/mutations/revert";
import { createSource } from "@/db/mutations/sources";
import type { Role } from "@/lib/constants";
import { fieldErrors, type FieldErrors } from "@/lib/schemas/common";
import { adminSchemasFor, type AdminSchemas } from "@/lib/schemas/admin";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import { actionLocale } from "@/lib/i18n/action-locale";
import { DEFAULT_LOCALE, isLocale, localePath } from "@/lib/i18n/locales";

/**
 * Every action here is a public POST endpoint: each one checks the session and role itself,
 * validates its input with zod on the server, and only then writes. Nothing here invalidates a
 * cache: every write moves the content version in its own transaction (db/schema/content-version.ts),
 * and the page cache checks that version on every request. Messages and field errors are in the
 * language the form was shown in (lib/i18n/action-locale.ts): a client passes `locale` with its input.
 */

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: unknown; status: "unauthorized" | "invalid" | "conflict" | "not_found" | "error" };

const EDITORS: readonly Role[] = ["admin", "editor"];
const ADMINS: readonly Role[] = ["admin"];

async function guarded<S extends z.ZodType, T>(
  roles: readonly Role[],
  schemaOf: (s: AdminSchemas) => S,
  raw: unknown,
  run: (input: z.output<S>, actor: { id: number; email: string }) => T,
): Promise<ActionResult<T>> {
  const locale = await actionLocale(raw);
  const t: Dictionary = getDictionary(locale);
  const m = t.admin.messages;
  const user = await requireRole(roles);
  if (!user) return { ok: false, status: "unauthorized", error: m.unauthorized };
  // Edits to a file deleted or replaced under the running server would be acknowledged and then lost.
  const problem = databaseFileProblem(getDb());
  if (problem) {
    console.error(`Refusing a save: ${problem}`);
    return { ok: false, status: "error", error: m.databaseUnavailable };
  }
  const parsed = schemaOf(adminSchemasFor(t.validation)).safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", error: m.fieldsNeedAttention, fieldErrors: fieldErrors(parsed.error) };
  try {
    const data = run(parsed.data, { id: user.id, email: user.email });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof InvalidFieldsError) return { ok: false, status: "invalid", error: m.fieldsNeedAttention, fieldErrors: error.fieldErrorsIn(t, locale) };
    if (error instanceof ConflictError) return { ok: false, status: "conflict", error: error.textIn(t, locale), conflict: error.current };
    if (error instanceof NotFoundError) return { ok: false, status: "not_found", error: `${error.textIn(t, locale)}. ${m.reloadHint}` };
    console.error("Admin action failed:", error);
    return { ok: false, status: "error", error: m.saveFailed };
  }
}

export async function updateObservationAction(raw: unknown) {
  return guarded(
    EDITORS,
    (s) => s.updateObservationSchema,
    raw,
    (i, actor) => updateObservation(getDb(), { id: i.id, version: i.version, fields: i.fields, reason: i.reason, actor }),
  );
}

export async function createObservationAction(raw: unknown) {
  return guarded(
    EDITORS,
    (s) => s.createObservationSchema,
    raw,
    (i, actor) => createObservation(getDb(), { indicatorId: i.indicatorId, key: i.key, fields: i.fields, reason: i.reason, actor }),
  );
}

export async function deleteObservationAction(raw: unknown) {
  return guarded(
    EDITORS,
    (s) => s.deleteObservationSchema,
    raw,
    (i, actor) => deleteObservation(getDb(), { id: i.id, version: i.version, reason: i.reason, actor }),
  );
}

export async function createSourceAction(raw: unknown) {
  return guarded(
    EDITORS,
    (s) => s.sourceSchema,
    raw,
    (fields, actor) => createSource(getDb(), { fields, actor }),
  );
}

export async function updateDocumentAction(raw: unknown) {
  return guarded(
    EDITORS,
    (s) => s.updateDocumentSchema,
    raw,
    (i, actor) => updateDocument(getDb(), { id: i.id, version: i.version, fields: i.fields, reason: i.reason, actor }),
  );
}

export async function revertAuditAction(raw: unknown) {
  return guarded(
    ADMINS,
    (s) => s.revertSchema,
    raw,
    (i, actor) => revertChange(getDb(), { auditId: i.auditId, reason: i.reason, actor }),
  );
}

export async function setUserDisabledAction(raw: unknown) {
  return guarded(
    ADMINS,
    (s) => s.setUserDisabledSchema,
    raw,
    (i, actor) => {
      if (i.userId === actor.id) throw new ConflictError((t) => t.admin.conflicts.cannotDisableSelf, null);
      setUserDisabled(getDb(), { userId: i.userId, disabled: i.disabled, actor });
      return null;
    },
  );
}

export type SignInState = { error?: string; fieldErrors?: FieldErrors; email?: string };

/** Sign-in: throttled per account and per address; a new session (and cookie) on every success. */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const t = getDictionary(await actionLocale(formData));
  const m = t.admin.messages;
  // A public endpoint: anyone can post it any arguments, not only the form's FormData.
  if (!(formData instanceof FormData)) return { error: m.wrongCredentials };
  const parsed = adminSchemasFor(t.validation).signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")).slice(0, 254) : "";
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), email };
  const result = await signIn(getDb(), { email: parsed.data.email, password: parsed.data.password, ip: await clientAddress(), userAgent: await userAgent() });
  if (!result.ok) {
    return result.reason === "throttled" ? { error: m.throttled(result.retryAfterMinutes), email } : { error: m.wrongCredentials, email };
  }
  await endSession();
  await setSessionCookie(result.token, result.expiresAt);
  const next = String(formData.get("next") ?? "");
  // Only a path in this site's admin area, in one of its languages (the login page always sends one).
  redirect(/^\/(az|kk|ru|en)\/admin(\/[a-z0-9/-]*)?$/.test(next) ? next : localePath(DEFAULT_LOCALE, "/admin"));
}

export async function signOutAction(formData?: FormData): Promise<void> {
  await endSession();
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  redirect(localePath(isLocale(locale) ? locale : DEFAULT_LOCALE, "/login"));
}
