import { z } from "zod";
import { PRIMARY_SECTORS } from "./constants";

/**
 * The view filters held in the URL (?sector=energy&from=2022&to=2025). Pages parse leniently
 * (a bad value falls back to the default, never an error page); the JSON API parses strictly
 * and answers 400 with the reason.
 */

export const SECTOR_FILTER_VALUES = ["all", ...PRIMARY_SECTORS] as const;
export type SectorFilter = (typeof SECTOR_FILTER_VALUES)[number];

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;

export interface Filters {
  sector: SectorFilter;
  from?: number;
  to?: number;
  /** Documents only: a package slug. */
  package?: string;
}

export const DEFAULT_FILTERS: Filters = { sector: "all" };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: ParamSource, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

const yearSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, "must be a four-digit year")
  .transform(Number)
  .pipe(z.number().int().min(MIN_YEAR, `must be ${MIN_YEAR} or later`).max(MAX_YEAR, `must be ${MAX_YEAR} or earlier`));

const strictSchema = z
  .object({
    sector: z.enum(SECTOR_FILTER_VALUES, { error: `must be one of ${SECTOR_FILTER_VALUES.join(", ")}` }).optional(),
    from: yearSchema.optional(),
    to: yearSchema.optional(),
    package: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, "must be a package slug")
      .optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: "from must not be after to", path: ["from"] });

function raw(params: ParamSource) {
  const out: Record<string, string> = {};
  for (const key of ["sector", "from", "to", "package"]) {
    const v = read(params, key);
    if (v !== undefined && v !== "") out[key] = v;
  }
  return out;
}

export type StrictParse = { ok: true; filters: Filters } | { ok: false; errors: Record<string, string> };

/** For API routes: every present parameter must be valid. */
export function parseFiltersStrict(params: ParamSource): StrictParse {
  const result = strictSchema.safeParse(raw(params));
  if (!result.success) {
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? "query")] ??= issue.message;
    return { ok: false, errors };
  }
  return { ok: true, filters: { sector: result.data.sector ?? "all", from: result.data.from, to: result.data.to, package: result.data.package } };
}

/** For pages: each bad parameter falls back to its default on its own; a reversed range drops both years. */
export function parseFilters(params: ParamSource): Filters {
  const r = raw(params);
  const pick = <K extends "sector" | "from" | "to" | "package">(key: K) => {
    if (r[key] === undefined) return undefined;
    const one = strictSchema.safeParse({ [key]: r[key] });
    return one.success ? one.data[key] : undefined;
  };
  let from = pick("from");
  let to = pick("to");
  if (from !== undefined && to !== undefined && from > to) {
    from = undefined;
    to = undefined;
  }
  return { sector: pick("sector") ?? "all", from, to, package: pick("package") };
}

/** The query string for a view, omitting defaults, in a stable order: "?sector=energy&from=2022". */
export function filtersToQuery(f: Partial<Filters>): string {
  const p = new URLSearchParams();
  if (f.sector && f.sector !== "all") p.set("sector", f.sector);
  if (f.from !== undefined) p.set("from", String(f.from));
  if (f.to !== undefined) p.set("to", String(f.to));
  if (f.package) p.set("package", f.package);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** Whether a period [start, end] (ISO dates) overlaps the filter's year range. */
export function periodInRange(start: string, end: string, f: Pick<Filters, "from" | "to">): boolean {
  if (f.from !== undefined && Number(end.slice(0, 4)) < f.from) return false;
  if (f.to !== undefined && Number(start.slice(0, 4)) > f.to) return false;
  return true;
}
