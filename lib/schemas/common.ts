import { z } from "zod";

/** Form values arrive as strings; these helpers turn them into typed values with messages an editor can act on. */

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : trimmed(v));

export const MAX_ABS_VALUE = 1e12;

/**
 * Why a string may not be stored, or null. Refused: control characters other than tab and line
 * breaks (NUL and friends break exports and terminals), the bidirectional embeddings, overrides
 * and isolates U+202A–U+202E and U+2066–U+2069 (they make text display in another order than it
 * is stored, "Trojan Source"), and lone surrogates (not text: they cannot be encoded as UTF-8).
 */
export function unsafeTextProblem(v: string): string | null {
  if (!v.isWellFormed()) return "contains a broken character (a lone surrogate)";
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return `contains a control character (U+${c.toString(16).toUpperCase().padStart(4, "0")})`;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return `contains a text-direction control character (U+${c.toString(16).toUpperCase()})`;
  }
  return null;
}

/** The one refinement every stored text field goes through (see unsafeTextProblem). */
export function plainText<T extends z.ZodType<string | undefined>>(schema: T, label = "This field") {
  return schema.superRefine((v, ctx) => {
    const problem = typeof v === "string" ? unsafeTextProblem(v) : null;
    if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
  });
}

/** YYYY, YYYY-MM (month 01–12) or YYYY-MM-DD that exists in the calendar (no 2025-02-30). */
export function isRealDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Spaces that may group thousands: space, no-break space, thin space, narrow no-break space. */
const GROUP_SPACE = "[ \\u00A0\\u2009\\u202F]";
const SPACE_GROUPED = new RegExp(`^[-+]?\\d{1,3}(${GROUP_SPACE}\\d{3})+([.,]\\d+)?$`);

/**
 * The decimal-point form of a number as people type it, or a reason it is refused. Accepted: a
 * decimal point or a decimal comma ("1.5", "1,5"), thousands grouped by spaces ("1 234,5").
 * Refused as ambiguous: a comma and a point together ("1,234.5", "1.234,5"), several commas, and
 * "1,234" (a comma before exactly three digits reads as a thousands separator to some and a
 * decimal comma to others; "0,123" and "1,2345" are not ambiguous).
 */
export function normalizeDecimal(v: string): { ok: true; text: string } | { ok: false; message: string } {
  let s = v.trim();
  if (SPACE_GROUPED.test(s)) s = s.replace(new RegExp(GROUP_SPACE, "g"), "");
  const commas = s.split(",").length - 1;
  if (commas > 0 && (commas > 1 || s.includes("."))) return { ok: false, message: "Use one decimal separator and no thousands separators: 1234.5 or 1234,5 (spaces may group thousands: 1 234,5)" };
  if (commas === 1) {
    if (/^[-+]?[1-9]\d{0,2},\d{3}$/.test(s)) return { ok: false, message: `"${s}" is ambiguous: write ${s.replace(",", "")} for a whole number or ${s.replace(",", ".")} for a decimal` };
    s = s.replace(",", ".");
  }
  return { ok: true, text: s };
}

/** A number typed by a person: "547.6", "1,5", "-3", "1e3". Rejects empty, text, Infinity (1e309) and absurd magnitudes. */
export const numberField = z.preprocess(
  trimmed,
  z
    .union([z.string(), z.number()], { error: "Enter a number" })
    .refine((v) => v !== "", { message: "Enter a number" })
    .superRefine((v, ctx) => {
      if (typeof v !== "string") return;
      const n = normalizeDecimal(v);
      if (!n.ok) ctx.addIssue({ code: "custom", message: n.message, abort: true });
    })
    .transform((v) => {
      if (typeof v === "number") return v;
      const n = normalizeDecimal(v);
      return n.ok && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n.text) ? Number(n.text) : Number.NaN;
    })
    .refine((v) => !Number.isNaN(v), { message: "Enter a number, such as 547.6 or 547,6" })
    .refine((v) => Number.isFinite(v), { message: "The number is too large" })
    .refine((v) => Math.abs(v) <= MAX_ABS_VALUE, { message: `Enter a number between -${MAX_ABS_VALUE.toExponential()} and ${MAX_ABS_VALUE.toExponential()}` }),
);

export const isoDate = z.preprocess(
  trimmed,
  z
    .string({ error: "Enter a date" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD")
    .refine(isRealDate, "This date does not exist"),
);

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month. */
export const partialDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use YYYY, YYYY-MM or YYYY-MM-DD")
    .refine(isRealDate, "This date does not exist")
    .optional(),
);

export const text = (max: number, label = "This field") =>
  z.preprocess(
    trimmed,
    plainText(
      z
        .string({ error: `${label} is required` })
        .min(1, `${label} is required`)
        .max(max, `${label} must be at most ${max} characters`),
      label,
    ),
  );

export const optionalText = (max: number, label = "This field") => z.preprocess(emptyToUndefined, plainText(z.string().max(max, `${label} must be at most ${max} characters`), label).optional());

/** Only http(s) links: a `javascript:` or `data:` URL in a source link would run in readers' browsers. */
export const httpUrl = z.preprocess(
  trimmed,
  plainText(z.string({ error: "Enter a URL" }), "The URL")
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
