import { z } from "zod";
import { IMPORT_LIMITS } from "../import/columns";
import { fileKindOf } from "../import/file-kind";
import { idField, reasonField } from "./common";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * A release file as the import page sends it: its name and its bytes in base64 (a server action
 * takes text, and the server, not the browser, decides whether the bytes are UTF-8). The same
 * schema checks the preview and the apply; the apply adds the preview's fingerprint.
 */
export const importUploadSchema = z.object({
  fileName: z
    .string({ error: "Choose a file" })
    .trim()
    .min(1, "Choose a file")
    .max(200, "The file name is too long")
    .refine((n) => fileKindOf(n) !== null, "Upload a .csv or .xlsx file (an .xls or .ods file: save it as .xlsx first)"),
  content: z
    .string({ error: "Choose a file" })
    .min(1, "The file is empty")
    .max(Math.ceil(IMPORT_LIMITS.maxBytes / 3) * 4, `The file is larger than ${IMPORT_LIMITS.maxBytes / 1024} KB: split it into several files`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file did not arrive intact; choose it again"),
  defaultSourceId: z.preprocess(emptyToUndefined, idField.optional()),
  /** datetime-local, read as UTC. */
  asOf: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Use a date and time")
      .transform((v) => new Date(`${v.length === 16 ? `${v}:00` : v}Z`))
      .refine((d) => !Number.isNaN(d.getTime()), "This date does not exist")
      .transform((d) => d.toISOString())
      .optional(),
  ),
  reason: reasonField,
});

export const applyImportSchema = importUploadSchema.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Preview the file first") });
