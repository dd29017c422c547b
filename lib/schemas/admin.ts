import { z } from "zod";
import {
  CONFIDENCE_LEVELS,
  DOCUMENT_KINDS,
  NON_NEGATIVE_UNITS,
  DOCUMENT_STATUSES,
  IDENTIFICATION_STATUSES,
  OBSERVATION_STATUSES,
  PERIOD_TYPES,
  REPORTERS,
  SECTOR_SLUGS,
  VALUE_QUALIFIERS,
} from "../constants";
import { en } from "../i18n/en";
import { fieldsFor, type ValidationTexts } from "./common";

/**
 * Schemas shared by the admin forms (client-side hints) and the server actions (the real check),
 * built per language: the actions parse with `adminSchemasFor(dictionary.validation)` of the
 * request's locale; the English set exported below gives the types and serves the import and tests.
 */
function buildAdminSchemas(v: ValidationTexts) {
  const { httpUrl, idField, isoDate, numberField, optionalText, partialDate, plainText, reasonField, text, versionField } = fieldsFor(v);
  const l = v.labels;

  const signInSchema = z.object({
    email: z.preprocess((x) => (typeof x === "string" ? x.trim() : x), plainText(z.string().min(1, v.enterEmail).max(254, v.emailTooLong), l.email)),
    password: z.string({ error: v.enterPassword }).min(1, v.enterPassword).max(1000, v.passwordTooLong),
  });

  const observationFields = z
    .object({
      periodStart: isoDate,
      periodEnd: isoDate,
      periodLabel: text(60, l.periodLabel),
      periodType: z.enum(PERIOD_TYPES, { error: v.choosePeriodType }),
      value: numberField,
      qualifier: z.enum(VALUE_QUALIFIERS, { error: v.chooseQualifier }),
      status: z.enum(OBSERVATION_STATUSES, { error: v.chooseStatus }),
      reporter: z.enum(REPORTERS, { error: v.chooseReporter }),
      sourceId: idField,
      confidence: z.enum(CONFIDENCE_LEVELS, { error: v.chooseConfidence }),
      note: optionalText(2000, l.note),
    })
    .refine((o) => o.periodStart <= o.periodEnd, { message: v.periodOrder, path: ["periodEnd"] });

  const updateObservationSchema = z.object({ id: idField, version: versionField, reason: reasonField, fields: observationFields });
  const createObservationSchema = z.object({
    indicatorId: idField,
    key: z.preprocess((x) => (typeof x === "string" ? x.trim() : x), z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, v.keyFormat)),
    reason: reasonField,
    fields: observationFields,
  });
  const deleteObservationSchema = z.object({ id: idField, version: versionField, reason: reasonField });

  const sourceSchema = z.object({
    publisher: text(200, l.publisher),
    originator: optionalText(200, l.originator),
    title: text(500, l.title),
    url: httpUrl,
    publishedOn: partialDate,
    note: optionalText(2000, l.note),
  });

  const documentFields = z
    .object({
      title: optionalText(500, l.title),
      kind: z.preprocess((x) => (x === "" ? undefined : x), z.enum(DOCUMENT_KINDS, { error: v.chooseKind }).optional()),
      signedOn: partialDate,
      signedPlace: optionalText(200, l.place),
      parties: optionalText(1000, l.parties),
      status: z.preprocess((x) => (x === "" ? undefined : x), z.enum(DOCUMENT_STATUSES, { error: v.chooseStatus }).optional()),
      identification: z.enum(IDENTIFICATION_STATUSES, { error: v.chooseIdentification }),
      summary: text(5000, l.summary),
      note: optionalText(5000, l.note),
      confidence: z.enum(CONFIDENCE_LEVELS, { error: v.chooseConfidence }),
      sectors: z.array(z.enum(SECTOR_SLUGS, { error: v.unknownSector })).max(SECTOR_SLUGS.length),
      sourceIds: z.array(idField).max(50),
      indicatorIds: z.array(idField).max(50),
    })
    .refine((d) => d.identification !== "identified" || (d.title && d.title.length > 0), { message: v.identifiedNeedsTitle, path: ["title"] })
    .refine((d) => d.identification === "identified" || !d.title, { message: v.titleOnlyIfIdentified, path: ["identification"] })
    .refine((d) => d.sourceIds.length > 0, { message: v.nameSource, path: ["sourceIds"] });

  const updateDocumentSchema = z.object({ id: idField, version: versionField, reason: reasonField, fields: documentFields });
  const revertSchema = z.object({ auditId: idField, reason: reasonField });
  const setUserDisabledSchema = z.object({ userId: idField, disabled: z.boolean() });

  return {
    signInSchema,
    observationFields,
    updateObservationSchema,
    createObservationSchema,
    deleteObservationSchema,
    sourceSchema,
    documentFields,
    updateDocumentSchema,
    revertSchema,
    setUserDisabledSchema,
  };
}

export type AdminSchemas = ReturnType<typeof buildAdminSchemas>;

const built = new WeakMap<ValidationTexts, AdminSchemas>();

/** The admin schemas speaking the language of `v` (built once per language). */
export function adminSchemasFor(v: ValidationTexts): AdminSchemas {
  let s = built.get(v);
  if (!s) built.set(v, (s = buildAdminSchemas(v)));
  return s;
}

export const {
  signInSchema,
  observationFields,
  updateObservationSchema,
  createObservationSchema,
  deleteObservationSchema,
  sourceSchema,
  documentFields,
  updateDocumentSchema,
  revertSchema,
  setUserDisabledSchema,
} = adminSchemasFor(en.validation);

/** Why `value` may not be stored for an indicator measured in `unit`, or null (one rule for the editor form and the import). */
export function valueProblemForUnit(unit: string, value: number, v: ValidationTexts = en.validation): string | null {
  return value < 0 && (NON_NEGATIVE_UNITS as readonly string[]).includes(unit) ? v.negativeForUnit(unit) : null;
}

export type ObservationFields = z.output<typeof observationFields>;
export type DocumentFields = z.output<typeof documentFields>;
export type SourceFields = z.output<typeof sourceSchema>;
