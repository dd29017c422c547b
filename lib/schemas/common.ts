import { z } from "zod";
import { en, type Dictionary } from "../i18n/en";

/** Form values arrive as strings; these helpers turn them into typed values with messages an editor can act on. */

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : trimmed(v));

export const MAX_ABS_VALUE = 1e12;

/** The messages a schema speaks: one locale's `validation` section (lib/i18n/en.ts). */
export type ValidationTexts = Dictionary["validation"];

/** Why a string may not be stored: what kind of character it contains, and which. */
export type UnsafeText = { kind: "surrogate" } | { kind: "control" | "direction"; code: string };

/**
 * Why a string may not be stored, or null. Refused: control characters other than tab and line
 * breaks (NUL and friends break exports and terminals), the bidirectional embeddings, overrides
 * and isolates U+202A–U+202E and U+2066–U+2069 (they make text display in another order than it
 * is stored, "Trojan Source"), and lone surrogates (not text: they cannot be encoded as UTF-8).
 */
export function unsafeTextProblem(v: string): UnsafeText | null {
  if (!v.isWellFormed()) return { kind: "surrogate" };
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return { kind: "control", code: c.toString(16).toUpperCase().padStart(4, "0") };
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return { kind: "direction", code: c.toString(16).toUpperCase() };
  }
  return null;
}

/** The message for an unsafe string in a field called `label`. */
export function unsafeTextMessage(v: ValidationTexts, label: string, problem: UnsafeText): string {
  return problem.kind === "surrogate" ? v.brokenCharacter(label) : problem.kind === "control" ? v.controlCharacter(label, problem.code) : v.directionCharacter(label, problem.code);
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
export function normalizeDecimal(v: string, texts: ValidationTexts = en.validation): { ok: true; text: string } | { ok: false; message: string } {
  let s = v.trim();
  if (SPACE_GROUPED.test(s)) s = s.replace(new RegExp(GROUP_SPACE, "g"), "");
  const commas = s.split(",").length - 1;
  if (commas > 0 && (commas > 1 || s.includes("."))) return { ok: false, message: texts.decimalSeparators };
  if (commas === 1) {
    if (/^[-+]?[1-9]\d{0,2},\d{3}$/.test(s)) return { ok: false, message: texts.ambiguousDecimal(s, s.replace(",", ""), s.replace(",", ".")) };
    s = s.replace(",", ".");
  }
  return { ok: true, text: s };
}

/**
 * The field schemas every form shares, with the messages of one language. The server action
 * builds them from the request's dictionary (`fieldsFor`); the English set below is what types,
 * the import and the tests use.
 */
function buildFields(v: ValidationTexts) {
  /** The one refinement every stored text field goes through (see unsafeTextProblem). */
  function plainText<T extends z.ZodType<string | undefined>>(schema: T, label = v.labels.field) {
    return schema.superRefine((value, ctx) => {
      const problem = typeof value === "string" ? unsafeTextProblem(value) : null;
      if (problem) ctx.addIssue({ code: "custom", message: unsafeTextMessage(v, label, problem) });
    });
  }

  /** A number typed by a person: "547.6", "1,5", "-3", "1e3". Rejects empty, text, Infinity (1e309) and absurd magnitudes. */
  const numberField = z.preprocess(
    trimmed,
    z
      .union([z.string(), z.number()], { error: v.enterNumber })
      .refine((x) => x !== "", { message: v.enterNumber })
      .superRefine((x, ctx) => {
        if (typeof x !== "string") return;
        const n = normalizeDecimal(x, v);
        if (!n.ok) ctx.addIssue({ code: "custom", message: n.message, abort: true });
      })
      .transform((x) => {
        if (typeof x === "number") return x;
        const n = normalizeDecimal(x, v);
        return n.ok && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n.text) ? Number(n.text) : Number.NaN;
      })
      .refine((x) => !Number.isNaN(x), { message: v.notANumber })
      .refine((x) => Number.isFinite(x), { message: v.numberTooLarge })
      .refine((x) => Math.abs(x) <= MAX_ABS_VALUE, { message: v.numberRange(`-${MAX_ABS_VALUE.toExponential()}`, MAX_ABS_VALUE.toExponential()) }),
  );

  const isoDate = z.preprocess(
    trimmed,
    z
      .string({ error: v.enterDate })
      .regex(/^\d{4}-\d{2}-\d{2}$/, v.isoDate)
      .refine(isRealDate, v.noSuchDate),
  );

  /** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month. */
  const partialDate = z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, v.partialDate)
      .refine(isRealDate, v.noSuchDate)
      .optional(),
  );

  const text = (max: number, label = v.labels.field) =>
    z.preprocess(
      trimmed,
      plainText(
        z
          .string({ error: v.required(label) })
          .min(1, v.required(label))
          .max(max, v.tooLong(label, max)),
        label,
      ),
    );

  const optionalText = (max: number, label = v.labels.field) => z.preprocess(emptyToUndefined, plainText(z.string().max(max, v.tooLong(label, max)), label).optional());

  /** Only http(s) links: a `javascript:` or `data:` URL in a source link would run in readers' browsers. */
  const httpUrl = z.preprocess(
    trimmed,
    plainText(z.string({ error: v.enterUrl }), v.labels.url)
      .min(1, v.enterUrl)
      .max(2000, v.urlTooLong)
      .refine((x) => {
        try {
          const u = new URL(x);
          return u.protocol === "http:" || u.protocol === "https:";
        } catch {
          return false;
        }
      }, v.httpUrl),
  );

  const idField = z.coerce.number({ error: v.missingId }).int().positive();
  const versionField = z.coerce.number({ error: v.missingVersion }).int().min(1);
  const reasonField = optionalText(500, v.labels.reason);

  return { plainText, numberField, isoDate, partialDate, text, optionalText, httpUrl, idField, versionField, reasonField };
}

export type Fields = ReturnType<typeof buildFields>;

const built = new WeakMap<ValidationTexts, Fields>();

/** The shared field schemas speaking the language of `v` (built once per language). */
export function fieldsFor(v: ValidationTexts): Fields {
  let f = built.get(v);
  if (!f) built.set(v, (f = buildFields(v)));
  return f;
}

export const { plainText, numberField, isoDate, partialDate, text, optionalText, httpUrl, idField, versionField, reasonField } = fieldsFor(en.validation);

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
