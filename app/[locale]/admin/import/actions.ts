"use server";

import type { z } from "zod";
import { requireRole } from "@/db/auth/request";
import { getDb } from "@/db";
import { databaseFileProblem } from "@/db/connection";
import { ConflictError } from "@/db/mutations/errors";
import { applyImport, planImport, type ImportPlan, type ImportResult } from "@/db/mutations/import";
import { fileKindOf } from "@/lib/import/file-kind";
import { readReleaseFile } from "@/lib/import/read-file";
import { fieldErrors, type FieldErrors } from "@/lib/schemas/common";
import { importSchemasFor, type ImportSchemas } from "@/lib/schemas/import";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import { actionLocale } from "@/lib/i18n/action-locale";

/**
 * The release import's two steps. Like every action, each is a public POST endpoint: it checks the
 * session and role itself and validates the upload with zod. The apply does not trust the preview
 * the browser shows: it reads the file again and plans it again inside its transaction. Messages
 * are in the language the form was shown in (lib/i18n/action-locale.ts).
 */

export type ImportPreview = Pick<ImportPlan, "rows" | "counts" | "fingerprint"> & { fileName: string; newSources: number };
export type ImportActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors; preview?: ImportPreview };

async function readUpload<S extends ImportSchemas[keyof ImportSchemas]>(t: Dictionary, schemaOf: (s: ImportSchemas) => S, raw: unknown) {
  const m = t.admin.messages;
  const user = await requireRole(["admin", "editor"]);
  if (!user) return { error: { ok: false, error: m.unauthorized } as const };
  const problem = databaseFileProblem(getDb());
  if (problem) {
    console.error(`Refusing an import: ${problem}`);
    return { error: { ok: false, error: m.importDatabaseUnavailable } as const };
  }
  const parsed = schemaOf(importSchemasFor(t.validation)).safeParse(raw);
  if (!parsed.success) return { error: { ok: false, error: m.uploadNeedsAttention, fieldErrors: fieldErrors(parsed.error) } as const };
  const input = parsed.data as z.output<S>;
  const file = await readReleaseFile(fileKindOf(input.fileName)!, new Uint8Array(Buffer.from(input.content, "base64")), t.admin.import.issues);
  if (!file.ok) return { error: { ok: false, error: file.message, fieldErrors: { file: file.message } } as const };
  return { input, rows: file.rows, user };
}

const previewOf = (plan: ImportPlan, fileName: string): ImportPreview => ({ rows: plan.rows, counts: plan.counts, fingerprint: plan.fingerprint, fileName, newSources: plan.newSources.length });

export async function previewImportAction(raw: unknown): Promise<ImportActionResult<ImportPreview>> {
  const t = getDictionary(await actionLocale(raw));
  const read = await readUpload(t, (s) => s.importUploadSchema, raw);
  if ("error" in read) return read.error as ImportActionResult<ImportPreview>;
  const plan = planImport(getDb(), { rows: read.rows, defaultSourceId: read.input.defaultSourceId, asOf: read.input.asOf, texts: t });
  return { ok: true, data: previewOf(plan, read.input.fileName) };
}

export async function applyImportAction(raw: unknown): Promise<ImportActionResult<ImportResult>> {
  const locale = await actionLocale(raw);
  const t = getDictionary(locale);
  const read = await readUpload(t, (s) => s.applyImportSchema, raw);
  if ("error" in read) return read.error as ImportActionResult<ImportResult>;
  const { user } = read;
  try {
    const result = applyImport(getDb(), {
      rows: read.rows,
      defaultSourceId: read.input.defaultSourceId,
      asOf: read.input.asOf,
      texts: t,
      fingerprint: read.input.fingerprint,
      fileName: read.input.fileName,
      reason: read.input.reason,
      actor: { id: user.id, email: user.email },
    });
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: error.textIn(t, locale), preview: previewOf(error.current as ImportPlan, read.input.fileName) };
    console.error("Import failed:", error);
    return { ok: false, error: t.admin.messages.importFailed };
  }
}
