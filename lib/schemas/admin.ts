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
import { httpUrl, idField, isoDate, numberField, optionalText, partialDate, plainText, reasonField, text, versionField } from "./common";

/** Schemas shared by the admin forms (client-side hints) and the server actions (the real check). */

export const signInSchema = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), plainText(z.string().min(1, "Enter your email").max(254, "Email is too long"), "The email")),
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1000, "Password is too long"),
});

export const observationFields = z
  .object({
    periodStart: isoDate,
    periodEnd: isoDate,
    periodLabel: text(60, "The period label"),
    periodType: z.enum(PERIOD_TYPES, { error: "Choose a period type" }),
    value: numberField,
    qualifier: z.enum(VALUE_QUALIFIERS, { error: "Choose a qualifier" }),
    status: z.enum(OBSERVATION_STATUSES, { error: "Choose a status" }),
    reporter: z.enum(REPORTERS, { error: "Choose who reported it" }),
    sourceId: idField,
    confidence: z.enum(CONFIDENCE_LEVELS, { error: "Choose a confidence level" }),
    note: optionalText(2000, "The note"),
  })
  .refine((o) => o.periodStart <= o.periodEnd, { message: "The period must not end before it starts", path: ["periodEnd"] });

/** Why `value` may not be stored for an indicator measured in `unit`, or null (one rule for the editor form and the import). */
export function valueProblemForUnit(unit: string, value: number): string | null {
  return value < 0 && (NON_NEGATIVE_UNITS as readonly string[]).includes(unit) ? `A figure in ${unit} cannot be negative` : null;
}

export const updateObservationSchema = z.object({ id: idField, version: versionField, reason: reasonField, fields: observationFields });
export const createObservationSchema = z.object({
  indicatorId: idField,
  key: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, "Use letters, digits, dots, dashes (up to 60)")),
  reason: reasonField,
  fields: observationFields,
});
export const deleteObservationSchema = z.object({ id: idField, version: versionField, reason: reasonField });

export const sourceSchema = z.object({
  publisher: text(200, "The publisher"),
  originator: optionalText(200, "The originator"),
  title: text(500, "The title"),
  url: httpUrl,
  publishedOn: partialDate,
  note: optionalText(2000, "The note"),
});

export const documentFields = z
  .object({
    title: optionalText(500, "The title"),
    kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(DOCUMENT_KINDS, { error: "Choose a kind" }).optional()),
    signedOn: partialDate,
    signedPlace: optionalText(200, "The place"),
    parties: optionalText(1000, "The parties"),
    status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(DOCUMENT_STATUSES, { error: "Choose a status" }).optional()),
    identification: z.enum(IDENTIFICATION_STATUSES, { error: "Choose how far it is identified" }),
    summary: text(5000, "The summary"),
    note: optionalText(5000, "The note"),
    confidence: z.enum(CONFIDENCE_LEVELS, { error: "Choose a confidence level" }),
    sectors: z.array(z.enum(SECTOR_SLUGS, { error: "Unknown sector" })).max(SECTOR_SLUGS.length),
    sourceIds: z.array(idField).max(50),
    indicatorIds: z.array(idField).max(50),
  })
  .refine((d) => d.identification !== "identified" || (d.title && d.title.length > 0), { message: "An identified document needs its title", path: ["title"] })
  .refine((d) => d.identification === "identified" || !d.title, { message: "Only an identified document has a title: set identification to identified", path: ["identification"] })
  .refine((d) => d.sourceIds.length > 0, { message: "Name at least one source", path: ["sourceIds"] });

export const updateDocumentSchema = z.object({ id: idField, version: versionField, reason: reasonField, fields: documentFields });
export const revertSchema = z.object({ auditId: idField, reason: reasonField });
export const setUserDisabledSchema = z.object({ userId: idField, disabled: z.boolean() });

export type ObservationFields = z.output<typeof observationFields>;
export type DocumentFields = z.output<typeof documentFields>;
export type SourceFields = z.output<typeof sourceSchema>;
