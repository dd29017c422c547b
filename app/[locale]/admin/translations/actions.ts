"use server";

import type { z } from "zod";
import { requireRole } from "@/db/auth/request";
import { getDb } from "@/db";
import { databaseFileProblem } from "@/db/connection";
import { ConflictError, InvalidFieldsError, NotFoundError } from "@/db/mutations/errors";
import { deleteTranslation, markTranslationReviewed, saveTranslation } from "@/db/mutations/translations";
import type { Role } from "@/lib/constants";
import { fieldErrors } from "@/lib/schemas/common";
import { translationSchemasFor, type TranslationSchemas } from "@/lib/schemas/translations";
import { getDictionary } from "@/lib/i18n";
import { actionLocale } from "@/lib/i18n/action-locale";
import type { ActionResult } from "../actions";

/**
 * The translation editor's actions. Like every action, each is a public POST endpoint: it checks
 * the session and role itself and validates its input with zod before anything is written (the
 * pattern of app/admin/actions.ts, whose helper a "use server" file cannot export). No cache is
 * invalidated here: the content_translations triggers move the content version in the same transaction.
 * Messages are in the language the editor was shown in (lib/i18n/action-locale.ts).
 */

const EDITORS: readonly Role[] = ["admin", "editor"];

/** What a page needs after a write: the row's new stamp, for the next save's conflict check (null once removed). */
type Saved = { updatedAt: string | null };

async function guarded<S extends z.ZodType>(
  schemaOf: (s: TranslationSchemas) => S,
  raw: unknown,
  run: (input: z.output<S>, actor: { id: number; email: string }) => Saved,
): Promise<ActionResult<Saved>> {
  // Not actionLocale(raw): the input's own `locale` is the language of the translation, not of the page.
  const locale = await actionLocale();
  const t = getDictionary(locale);
  const m = t.admin.messages;
  const user = await requireRole(EDITORS);
  if (!user) return { ok: false, status: "unauthorized", error: m.unauthorized };
  const problem = databaseFileProblem(getDb());
  if (problem) {
    console.error(`Refusing a translation save: ${problem}`);
    return { ok: false, status: "error", error: m.databaseUnavailable };
  }
  const parsed = schemaOf(translationSchemasFor(t.validation)).safeParse(raw);
  if (!parsed.success) return { ok: false, status: "invalid", error: m.fieldsNeedAttention, fieldErrors: fieldErrors(parsed.error) };
  try {
    return { ok: true, data: run(parsed.data, { id: user.id, email: user.email }) };
  } catch (error) {
    if (error instanceof InvalidFieldsError) {
      const errors = error.fieldErrorsIn(t, locale);
      return { ok: false, status: "invalid", error: Object.values(errors)[0] ?? m.fieldsNeedAttention, fieldErrors: errors };
    }
    if (error instanceof ConflictError) return { ok: false, status: "conflict", error: error.textIn(t, locale), conflict: error.current };
    if (error instanceof NotFoundError) return { ok: false, status: "not_found", error: `${error.textIn(t, locale)}. ${m.reloadHint}` };
    console.error("Translation action failed:", error);
    return { ok: false, status: "error", error: m.saveFailed };
  }
}

export async function saveTranslationAction(raw: unknown) {
  return guarded(
    (s) => s.saveTranslationSchema,
    raw,
    (i, actor) => ({ updatedAt: saveTranslation(getDb(), { ...i, actor }).updatedAt }),
  );
}

export async function reviewTranslationAction(raw: unknown) {
  return guarded(
    (s) => s.reviewTranslationSchema,
    raw,
    (i, actor) => ({ updatedAt: markTranslationReviewed(getDb(), { ...i, actor }).updatedAt }),
  );
}

export async function deleteTranslationAction(raw: unknown) {
  return guarded(
    (s) => s.deleteTranslationSchema,
    raw,
    (i, actor) => {
      deleteTranslation(getDb(), { ...i, actor });
      return { updatedAt: null };
    },
  );
}
