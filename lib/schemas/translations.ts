import { z } from "zod";
import { TRANSLATABLE_ENTITIES, TRANSLATABLE_FIELDS, TRANSLATION_FIELDS, TRANSLATION_LOCALES, type TranslatableEntity, type TranslationField } from "../constants";
import { reasonField, text } from "./common";

/** Schemas of the translation editor (app/admin/translations): the form's hints and the server's real check. */

export const TRANSLATION_MAX_LENGTH = 500;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

const refShape = {
  entity: z.enum(TRANSLATABLE_ENTITIES, { error: "Unknown kind of content" }),
  key: z.preprocess(trimmed, z.string({ error: "Missing key" }).min(1, "Missing key").max(200, "The key is too long")),
  field: z.enum(TRANSLATION_FIELDS, { error: "Unknown field" }),
  locale: z.enum(TRANSLATION_LOCALES, { error: "Choose Azerbaijani, Kazakh or Russian" }),
};

/** A name or title is one line: tabs and line breaks (allowed in notes) are refused here too. */
export const translationText = text(TRANSLATION_MAX_LENGTH, "The translation").refine((v) => !/[\t\n\r]/.test(v), { message: "The translation must be one line" });

/** The `updatedAt` the editor's copy was read at; empty or null when the editor saw no translation. */
const expectedUpdatedAt = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().max(40, "Bad timestamp").nullable());
const existingUpdatedAt = z.string({ error: "Missing timestamp: reload the page" }).min(1, "Missing timestamp: reload the page").max(40, "Bad timestamp");

const fieldAllowed = (v: { entity: TranslatableEntity; field: TranslationField }, ctx: z.RefinementCtx) => {
  if (!(TRANSLATABLE_FIELDS[v.entity] as readonly TranslationField[]).includes(v.field)) ctx.addIssue({ code: "custom", path: ["field"], message: `A ${v.entity} has no translatable ${v.field}` });
};

export const translationRefSchema = z.object(refShape).superRefine(fieldAllowed);
export const saveTranslationSchema = z.object({ ...refShape, text: translationText, expectedUpdatedAt, reason: reasonField }).superRefine(fieldAllowed);
export const reviewTranslationSchema = z.object({ ...refShape, expectedUpdatedAt: existingUpdatedAt }).superRefine(fieldAllowed);
export const deleteTranslationSchema = z.object({ ...refShape, expectedUpdatedAt: existingUpdatedAt, reason: reasonField }).superRefine(fieldAllowed);

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
