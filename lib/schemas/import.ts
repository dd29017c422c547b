import { z } from "zod";
import { IMPORT_LIMITS } from "../import/columns";
import { fileKindOf } from "../import/file-kind";
import { en } from "../i18n/en";
import { fieldsFor, type ValidationTexts } from "./common";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * A release file as the import page sends it: its name and its bytes in base64 (a server action
 * takes text, and the server, not the browser, decides whether the bytes are UTF-8). The same
 * schema checks the preview and the apply; the apply adds the preview's fingerprint. Built per
 * language like the admin schemas (lib/schemas/admin.ts).
 */
function buildImportSchemas(v: ValidationTexts) {
  const { idField, reasonField } = fieldsFor(v);
  const importUploadSchema = z.object({
    fileName: z
      .string({ error: v.chooseFile })
      .trim()
      .min(1, v.chooseFile)
      .max(200, v.fileNameTooLong)
      .refine((n) => fileKindOf(n) !== null, v.fileType),
    content: z
      .string({ error: v.chooseFile })
      .min(1, v.fileEmpty)
      .max(Math.ceil(IMPORT_LIMITS.maxBytes / 3) * 4, v.fileTooLarge(IMPORT_LIMITS.maxBytes / 1024))
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, v.fileDamaged),
    defaultSourceId: z.preprocess(emptyToUndefined, idField.optional()),
    /** datetime-local, read as UTC. */
    asOf: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, v.dateTime)
        .transform((x) => new Date(`${x.length === 16 ? `${x}:00` : x}Z`))
        .refine((d) => !Number.isNaN(d.getTime()), v.noSuchDate)
        .transform((d) => d.toISOString())
        .optional(),
    ),
    reason: reasonField,
  });
  const applyImportSchema = importUploadSchema.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, v.previewFirst) });
  return { importUploadSchema, applyImportSchema };
}

export type ImportSchemas = ReturnType<typeof buildImportSchemas>;

const built = new WeakMap<ValidationTexts, ImportSchemas>();

/** The upload schemas speaking the language of `v` (built once per language). */
export function importSchemasFor(v: ValidationTexts): ImportSchemas {
  let s = built.get(v);
  if (!s) built.set(v, (s = buildImportSchemas(v)));
  return s;
}

export const { importUploadSchema, applyImportSchema } = importSchemasFor(en.validation);
