import { z } from "zod";

/** Form values arrive as strings; these helpers turn them into typed values with messages an editor can act on. */

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : trimmed(v));

export const MAX_ABS_VALUE = 1e12;

/** A number typed by a person: "547.6", "-3", "1e3". Rejects empty, text, Infinity (1e309) and absurd magnitudes. */
export const numberField = z.preprocess(
  trimmed,
  z
    .union([z.string(), z.number()], { error: "Enter a number" })
    .refine((v) => v !== "", { message: "Enter a number" })
    .transform((v) => (typeof v === "number" ? v : /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v) ? Number(v) : Number.NaN))
    .refine((v) => !Number.isNaN(v), { message: "Enter a number, such as 547.6" })
    .refine((v) => Number.isFinite(v), { message: "The number is too large" })
    .refine((v) => Math.abs(v) <= MAX_ABS_VALUE, { message: `Enter a number between -${MAX_ABS_VALUE.toExponential()} and ${MAX_ABS_VALUE.toExponential()}` }),
);

export const isoDate = z.preprocess(
  trimmed,
  z
    .string({ error: "Enter a date" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD")
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, "This date does not exist"),
);

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month. */
export const partialDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
);

export const text = (max: number, label = "This field") =>
  z.preprocess(trimmed, z.string({ error: `${label} is required` }).min(1, `${label} is required`).max(max, `${label} must be at most ${max} characters`));

export const optionalText = (max: number, label = "This field") =>
  z.preprocess(emptyToUndefined, z.string().max(max, `${label} must be at most ${max} characters`).optional());

/** Only http(s) links: a `javascript:` or `data:` URL in a source link would run in readers' browsers. */
export const httpUrl = z.preprocess(
  trimmed,
  z
    .string({ error: "Enter a URL" })
    .min(1, "Enter a URL")
    .max(2000, "The URL is too long")
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === "http:" || u.protocol === "https:";
      } catch {
        return false;
      }
    }, "Enter a full http:// or https:// address"),
);

export const idField = z.coerce.number({ error: "Missing id" }).int().positive();
export const versionField = z.coerce.number({ error: "Missing version" }).int().min(1);
export const reasonField = optionalText(500, "The reason");

export type FieldErrors = Record<string, string>;

/** First message per field, keyed by field name, for showing beside each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}
