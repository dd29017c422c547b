import { PRIMARY_SECTORS } from "./constants";

/**
 * The view filters held in the URL (?sector=energy&from=2022&to=2025). Pages parse leniently
 * (a bad value falls back to the default, never an error page); the JSON API parses strictly
 * (lib/filters-strict.ts) and answers 400 with the reason.
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

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export function read(params: ParamSource, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

const YEAR = /^\d{4}$/;
const PACKAGE = /^[a-z0-9-]{1,80}$/;

function raw(params: ParamSource) {
  const out: Record<string, string> = {};
  for (const key of ["sector", "from", "to", "package"]) {
    const v = read(params, key)?.trim();
    if (v !== undefined && v !== "") out[key] = v;
  }
  return out;
}

function validYear(v: string | undefined): number | undefined {
  if (v === undefined || !YEAR.test(v)) return undefined;
  const y = Number(v);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

/**
 * For pages: each bad parameter falls back to its default on its own; a reversed range drops
 * both years. No zod here: this runs in the browser too, and pages must stay light.
 */
export function parseFilters(params: ParamSource): Filters {
  const r = raw(params);
  let from = validYear(r.from);
  let to = validYear(r.to);
  if (from !== undefined && to !== undefined && from > to) {
    from = undefined;
    to = undefined;
  }
  const sector = (SECTOR_FILTER_VALUES as readonly string[]).includes(r.sector ?? "") ? (r.sector as SectorFilter) : "all";
  return { sector, from, to, package: r.package && PACKAGE.test(r.package) ? r.package : undefined };
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
