import { z } from "zod";
import { TRANSLATABLE_ENTITIES, TRANSLATABLE_FIELDS, TRANSLATION_FIELDS, TRANSLATION_LOCALES, type TranslatableEntity, type TranslationField } from "../constants";
import { en } from "../i18n/en";
import { fieldsFor, type ValidationTexts } from "./common";

/** Schemas of the translation editor (app/admin/translations): the form's hints and the server's real check. */

export const TRANSLATION_MAX_LENGTH = 500;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

/** Built per language like the admin schemas (lib/schemas/admin.ts): the action parses in the editor's language. */
function buildTranslationSchemas(v: ValidationTexts) {
  const { reasonField, text } = fieldsFor(v);
  const refShape = {
    entity: z.enum(TRANSLATABLE_ENTITIES, { error: v.unknownContentKind }),
    key: z.preprocess(trimmed, z.string({ error: v.missingKey }).min(1, v.missingKey).max(200, v.keyTooLong)),
    field: z.enum(TRANSLATION_FIELDS, { error: v.unknownField }),
    locale: z.enum(TRANSLATION_LOCALES, { error: v.chooseTranslationLocale }),
  };

  /** A name or title is one line: tabs and line breaks (allowed in notes) are refused here too. */
  const translationText = text(TRANSLATION_MAX_LENGTH, v.labels.translation).refine((x) => !/[\t\n\r]/.test(x), { message: v.oneLine });

  /** The `updatedAt` the editor's copy was read at; empty or null when the editor saw no translation. */
  const expectedUpdatedAt = z.preprocess((x) => (x === "" || x === undefined ? null : x), z.string().max(40, v.badTimestamp).nullable());
  const existingUpdatedAt = z.string({ error: v.missingTimestamp }).min(1, v.missingTimestamp).max(40, v.badTimestamp);

  const fieldAllowed = (x: { entity: TranslatableEntity; field: TranslationField }, ctx: z.RefinementCtx) => {
    if (!(TRANSLATABLE_FIELDS[x.entity] as readonly TranslationField[]).includes(x.field)) ctx.addIssue({ code: "custom", path: ["field"], message: v.notTranslatable(x.entity, x.field) });
  };

  return {
    translationText,
    translationRefSchema: z.object(refShape).superRefine(fieldAllowed),
    saveTranslationSchema: z.object({ ...refShape, text: translationText, expectedUpdatedAt, reason: reasonField }).superRefine(fieldAllowed),
    reviewTranslationSchema: z.object({ ...refShape, expectedUpdatedAt: existingUpdatedAt }).superRefine(fieldAllowed),
    deleteTranslationSchema: z.object({ ...refShape, expectedUpdatedAt: existingUpdatedAt, reason: reasonField }).superRefine(fieldAllowed),
  };
}

export type TranslationSchemas = ReturnType<typeof buildTranslationSchemas>;

const built = new WeakMap<ValidationTexts, TranslationSchemas>();

/** The translation schemas speaking the language of `v` (built once per language). */
export function translationSchemasFor(v: ValidationTexts): TranslationSchemas {
  let s = built.get(v);
  if (!s) built.set(v, (s = buildTranslationSchemas(v)));
  return s;
}

export const { translationText, translationRefSchema, saveTranslationSchema, reviewTranslationSchema, deleteTranslationSchema } = translationSchemasFor(en.validation);

export type TranslationRef = z.output<typeof translationRefSchema>;
export type SaveTranslationInput = z.output<typeof saveTranslationSchema>;

/** The audit trail's handle of a translation: readable, and the same in every database (no numeric id). */
export const translationAuditKey = (r: TranslationRef) => `${r.entity}/${r.key}/${r.field}/${r.locale}`;

/** The parts of a translation's audit handle, or null for one not written by translationAuditKey. */
export function parseTranslationAuditKey(handle: string): TranslationRef | null {
  const m = /^([a-z]+)\/(.+)\/([a-z]+)\/([a-z]{2})$/.exec(handle);
  if (!m) return null;
  const parsed = translationRefSchema.safeParse({ entity: m[1], key: m[2], field: m[3], locale: m[4] });
  return parsed.success ? parsed.data : null;
}

/** The admin list's filters, read from the URL; anything unknown reads as "all". */
export const TRANSLATION_VIEWS = ["all", "review", "missing"] as const;
export type TranslationView = (typeof TRANSLATION_VIEWS)[number];

export type TranslationFilter = { entity?: TranslatableEntity; locale?: (typeof TRANSLATION_LOCALES)[number]; view: TranslationView };

export function parseTranslationFilter(sp: Record<string, string | string[] | undefined>): TranslationFilter {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => ((values as readonly string[]).includes(v ?? "") ? (v as T) : undefined);
  return { entity: pick(TRANSLATABLE_ENTITIES, one(sp.entity)), locale: pick(TRANSLATION_LOCALES, one(sp.lang)), view: pick(TRANSLATION_VIEWS, one(sp.show)) ?? "all" };
}
