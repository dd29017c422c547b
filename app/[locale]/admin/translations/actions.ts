"use server";

import type { z } from "zod";
import { requireRole } from "@/db/auth/request";
import { getDb } from "@/db";
import { databaseFileProblem } from "@/db/connection";
import { ConflictError, InvalidFieldsError, NotFoundError } from "@/db/mutations/errors";
import { deleteTranslation, markTranslationReviewed, saveTranslation } from "@/db/mutations/translations";
import type { Role } from "@/lib/constants";
import { fieldErrors } from "@/lib/schemas/common";
import { deleteTranslationSchema, reviewTranslationSchema, saveTranslationSchema } from "@/lib/schemas/translations";
import type { ActionResult } from "../actions";

/**
 * The translation editor's actions. Like every action, each is a public POST endpoint: it checks
 * the session and role itself and validates its input with zod before anything is written (the
 * pattern of app/admin/actions.ts, whose helper a "use server" file cannot export). No cache is
 * invalidated here: the content_translations triggers move the content version in the same transaction.
 */

const EDITORS: readonly Role[] = ["admin", "editor"];

/** What a page needs after a write: the row's new stamp, for the next save's conflict check (null once removed). */
type Saved = { updatedAt: string | null };

async function guarded<S extends z.ZodType>(schema: S, raw: unknown, run: (input: z.output<S>, actor: { id: number; email: string }) => Saved): Promise<ActionResult<Saved>> {
  const user = await requireRole(EDITORS);
  if (!user) return { ok: false, status: "unauthorized", error: "Your session has ended or you may not do this. Sign in again." };
  const problem = databaseFileProblem(getDb());
  if (problem) {
    console.error(`Refusing a translation save: ${problem}`);
    return { ok: false, status: "error", error: "The change could not be saved: the database is unavailable. Nothing was changed." };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", error: "Some fields need attention.", fieldErrors: fieldErrors(parsed.error) };
  try {
    return { ok: true, data: run(parsed.data, { id: user.id, email: user.email }) };
  } catch (error) {
    if (error instanceof InvalidFieldsError) return { ok: false, status: "invalid", error: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof ConflictError) return { ok: false, status: "conflict", error: error.message, conflict: error.current };
    if (error instanceof NotFoundError) return { ok: false, status: "not_found", error: `${error.message}. It may have been deleted; reload the page.` };
    console.error("Translation action failed:", error);
    return { ok: false, status: "error", error: "The change could not be saved. Nothing was changed." };
  }
}

export async function saveTranslationAction(raw: unknown) {
  return guarded(saveTranslationSchema, raw, (i, actor) => ({ updatedAt: saveTranslation(getDb(), { ...i, actor }).updatedAt }));
}

export async function reviewTranslationAction(raw: unknown) {
  return guarded(reviewTranslationSchema, raw, (i, actor) => ({ updatedAt: markTranslationReviewed(getDb(), { ...i, actor }).updatedAt }));
}

export async function deleteTranslationAction(raw: unknown) {
  return guarded(deleteTranslationSchema, raw, (i, actor) => {
    deleteTranslation(getDb(), { ...i, actor });
    return { updatedAt: null };
  });
}
