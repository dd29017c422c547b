import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  claimSeedSchema,
  correctionSchema,
  documentSeedSchema,
  eventSeedSchema,
  gapSeedSchema,
  indicatorSeedSchema,
  observationSeedSchema,
  packageSeedSchema,
  projectSeedSchema,
  sectorSeedSchema,
  sourceSeedSchema,
  translationSeedSchema,
  type TranslationSeed,
} from "./schemas";

export const SEED_DATA_DIR = path.join(process.cwd(), "db", "seed-data");

const FILES = {
  sectorSeeds: ["sectors.json", sectorSeedSchema],
  sourceSeeds: ["sources.json", sourceSeedSchema],
  indicatorSeeds: ["indicators.json", indicatorSeedSchema],
  observationSeeds: ["observations.json", observationSeedSchema],
  gapSeeds: ["gaps.json", gapSeedSchema],
  eventSeeds: ["events.json", eventSeedSchema],
  packageSeeds: ["packages.json", packageSeedSchema],
  projectSeeds: ["projects.json", projectSeedSchema],
  documentSeeds: ["documents.json", documentSeedSchema],
  claimSeeds: ["claims.json", claimSeedSchema],
  corrections: ["corrections.json", correctionSchema],
  translationSeeds: ["translations.json", translationSeedSchema],
} as const;

export type SeedData = { [K in keyof typeof FILES]: z.infer<(typeof FILES)[K][1]>[] };

export class SeedDataError extends Error {}

/** Parses one data file; the message names the file, the row (its key where it has one) and the field. */
export function parseSeedFile<S extends z.ZodType>(file: string, schema: S, text: string): z.infer<S>[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SeedDataError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new SeedDataError(`${file}: expected an array of rows`);
  const problems: string[] = [];
  const rows = raw.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const id = (row as { key?: string; slug?: string })?.key ?? (row as { slug?: string })?.slug ?? "";
    for (const issue of parsed.error.issues) problems.push(`${file} row ${i + 1}${id ? ` (${id})` : ""}, ${issue.path.join(".") || "row"}: ${issue.message}`);
    return undefined;
  });
  if (problems.length) throw new SeedDataError(problems.join("\n"));
  return rows as z.infer<S>[];
}

/** Reads and validates every seed data file; throws with every problem found, before anything is written. */
export function loadSeedData(dir = SEED_DATA_DIR): SeedData {
  const out = {} as Record<string, unknown[]>;
  const problems: string[] = [];
  for (const [name, [file, schema]] of Object.entries(FILES)) {
    try {
      out[name] = parseSeedFile(file, schema as z.ZodType, fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      if (!(error instanceof SeedDataError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new SeedDataError(problems.join("\n"));
  const data = out as SeedData;
  const stray = translationProblems(data);
  if (stray.length) throw new SeedDataError(stray.join("\n"));
  return data;
}

/**
 * The English texts the seed files give, by "entity/key/field". The seed inserts a translation only
 * where its entity is in the database, so a misspelt key would be skipped silently: it is refused here.
 */
export function seededEnglishTexts(data: Pick<SeedData, "sectorSeeds" | "indicatorSeeds" | "documentSeeds" | "projectSeeds" | "packageSeeds" | "eventSeeds">): Map<string, string> {
  const texts = new Map<string, string>();
  const put = (entity: string, key: string, field: string, text: string | null | undefined) => {
    if (text) texts.set(`${entity}/${key}/${field}`, text);
  };
  for (const s of data.sectorSeeds) {
    put("sector", s.slug, "name", s.name);
    put("sector", s.slug, "description", s.description);
  }
  for (const i of data.indicatorSeeds) put("indicator", i.slug, "name", i.name);
  for (const d of data.documentSeeds) put("document", d.slug, "title", d.title);
  for (const p of data.projectSeeds) {
    put("project", p.slug, "name", p.name);
    for (const m of p.milestones) put("milestone", m.key, "title", m.title);
  }
  for (const p of data.packageSeeds) put("package", p.slug, "name", p.name);
  for (const e of data.eventSeeds) put("event", e.slug, "title", e.title);
  return texts;
}

function translationProblems(data: SeedData): string[] {
  const english = seededEnglishTexts(data);
  const seen = new Set<string>();
  return data.translationSeeds.flatMap((t: TranslationSeed, i) => {
    const id = `${t.entity}/${t.key}/${t.field}`;
    const where = `translations.json row ${i + 1} (${id}/${t.locale})`;
    if (seen.has(`${id}/${t.locale}`)) return [`${where}: a second translation of the same text into the same language`];
    seen.add(`${id}/${t.locale}`);
    return english.has(id) ? [] : [`${where}: no ${t.entity} "${t.key}" with an English ${t.field} in the seed data`];
  });
}
