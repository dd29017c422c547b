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
  return out as SeedData;
}
