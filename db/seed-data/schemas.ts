/**
 * Zod schemas of the seed data files (db/seed-data/*.json), derived from the tables' insert
 * schemas: a seed row is the row it becomes, minus database ids and edit stamps, with references
 * by stable key (source keys, indicator slugs, observation keys) instead of ids. The files are
 * transcribed from ../shared/data/facts.md and its updates; a fact-checker edits them, not code.
 * `.strict()` makes a misspelt field an error instead of a silently dropped value.
 */
import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import { DOCUMENT_KINDS, SECTOR_SLUGS, TRANSLATABLE_FIELDS, type TranslationField } from "../../lib/constants";
import { translationText } from "../../lib/schemas/translations";
import { claimEvidence, claims, contentTranslations, dataGaps, documentPackages, documents, events, indicators, milestones, observations, projects, sectors, sources } from "../schema";

const stamps = { id: true, version: true, updatedAt: true, updatedBy: true } as const;
const key = z.string().min(1);
const sector = z.enum(SECTOR_SLUGS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD");

export const sectorSeedSchema = createInsertSchema(sectors).strict();

/** `publishedOn` may be partial ("2025-10"); two entries with the same URL are merged by the seed. */
export const sourceSeedSchema = createInsertSchema(sources, { url: (s) => s.url() })
  .omit({ id: true })
  .strict();

export const indicatorSeedSchema = createInsertSchema(indicators).omit({ id: true, sectorSlug: true }).extend({ sector }).strict();

/** For an "as of" figure both period dates are the as-of date. */
export const observationSeedSchema = createInsertSchema(observations, { periodStart: isoDate, periodEnd: isoDate })
  .omit({ ...stamps, indicatorId: true, sourceId: true })
  .extend({ indicator: key, source: key, extraSources: z.array(key).optional() })
  .strict()
  .refine((o) => o.periodStart <= o.periodEnd, { message: "periodStart is after periodEnd", path: ["periodStart"] });

export const gapSeedSchema = createInsertSchema(dataGaps).omit({ id: true, indicatorId: true }).extend({ indicator: key }).strict();

export const eventSeedSchema = createInsertSchema(events).omit({ id: true, sourceId: true }).extend({ source: key }).strict();

export const packageSeedSchema = createInsertSchema(documentPackages).omit({ id: true, eventId: true, countSourceId: true }).extend({ event: key.optional(), countSource: key.optional() }).strict();

const linkSchema = z.object({ slug: key, note: z.string().optional() }).strict();

export const documentSeedSchema = createInsertSchema(documents)
  .omit({ ...stamps, packageId: true, title: true, kind: true })
  .extend({
    /** null when the sources do not name the document: never invent one (required, so every entry decides). */
    title: z.string().min(1).nullable(),
    kind: z.enum(DOCUMENT_KINDS).nullable(),
    package: key.optional(),
    sectors: z.array(sector),
    sources: z.array(key),
    indicators: z.array(linkSchema).optional(),
    projects: z.array(linkSchema).optional(),
  })
  .strict();

export const milestoneSeedSchema = createInsertSchema(milestones).omit({ id: true, projectId: true, sourceId: true }).extend({ source: key }).strict();

export const projectSeedSchema = createInsertSchema(projects)
  .omit({ id: true, sectorSlug: true })
  .extend({ sector, sources: z.array(key), milestones: z.array(milestoneSeedSchema) })
  .strict();

/** `observation` as a bare fact-sheet ID also matches every observation whose key starts with "<ID>-". */
export const claimEvidenceSeedSchema = createInsertSchema(claimEvidence)
  .pick({ note: true })
  .extend({ observation: key.optional(), document: key.optional(), milestone: key.optional(), source: key.optional() })
  .strict();

export const claimSeedSchema = createInsertSchema(claims)
  .omit({ id: true })
  .extend({ evidence: z.array(claimEvidenceSeedSchema) })
  .strict();

/**
 * A correction to a row an older seed already wrote: applied by key, and only while the row still
 * holds every `from` value (so an editor's change wins). `to: null` deletes the row.
 */
export const correctionSchema = z
  .object({
    table: z.enum(["observations", "data_gaps", "claims", "milestones", "projects", "events", "documents", "document_packages", "indicators", "sources"]),
    key: key,
    why: z.string().min(1),
    from: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    to: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
  })
  .strict();

/**
 * One name or title in Azerbaijani, Kazakh or Russian (translations.json). "official" is the wording
 * of an official page and names it in `sourceUrl`; "machine" is machine-made and stays marked on the
 * pages until an editor reviews it. Editors' own text lives only in the database, never here.
 */
export const translationSeedSchema = createInsertSchema(contentTranslations, { sourceUrl: (s) => s.url() })
  .pick({ entity: true, field: true, locale: true, sourceUrl: true })
  .extend({ key, text: translationText, origin: z.enum(["official", "machine"]) })
  .strict()
  .refine((r) => (TRANSLATABLE_FIELDS[r.entity] as readonly TranslationField[]).includes(r.field), { message: "This entity has no such translatable field", path: ["field"] })
  .refine((r) => (r.origin === "official") === Boolean(r.sourceUrl), {
    message: "An official title names the page it was taken from (sourceUrl); a machine translation names none",
    path: ["sourceUrl"],
  });

export type SourceSeed = z.infer<typeof sourceSeedSchema>;
export type ObservationSeed = z.infer<typeof observationSeedSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type TranslationSeed = z.infer<typeof translationSeedSchema>;
