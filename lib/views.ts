import { DEFAULT_FILTERS, parseFilters, type Filters } from "./filters";

/**
 * Public URLs keep their filters in the query string (?sector=energy&from=2022). The proxy maps
 * each to one canonical path segment ("energy_2022_any") of a statically rendered route, so
 * every distinct view is rendered once and then served from the cache until an edit
 * invalidates it. Invalid values are normalised first, so garbage cannot multiply cache entries.
 */

const ANY = "any";
const year = (y: number | undefined) => (y === undefined ? ANY : String(y));

export function overviewView(f: Filters): string {
  return [f.sector, year(f.from), year(f.to)].join("_");
}

export function rangeView(f: Pick<Filters, "from" | "to">): string {
  return [year(f.from), year(f.to)].join("_");
}

export function documentsView(f: Filters): string {
  return [f.sector, f.package ?? "all", year(f.from), year(f.to)].join("_");
}

function toParams(parts: Record<string, string | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(parts)) if (v !== undefined && v !== ANY && !(k === "package" && v === "all")) p.set(k, v);
  return p;
}

/** Reads a view segment back; null unless it is exactly the canonical form (so odd paths 404 instead of being cached). */
function decode(view: string, keys: ("sector" | "package" | "from" | "to")[], encode: (f: Filters) => string): Filters | null {
  const parts = view.split("_");
  if (parts.length !== keys.length) return null;
  const f = parseFilters(toParams(Object.fromEntries(keys.map((k, i) => [k, parts[i]]))));
  return encode(f) === view ? f : null;
}

export const decodeOverviewView = (view: string) => decode(view, ["sector", "from", "to"], overviewView);
export const decodeRangeView = (view: string) => decode(view, ["from", "to"], (f) => rangeView(f));
export const decodeDocumentsView = (view: string) => decode(view, ["sector", "package", "from", "to"], documentsView);

/** The internal path a public URL is served from, or null when the URL is not a filtered public view. */
export function viewPathFor(pathname: string, search: URLSearchParams): string | null {
  const f = parseFilters(search);
  if (pathname === "/") return `/v/overview/${overviewView(f)}`;
  if (pathname === "/source-check") return `/v/source-check/${SOURCE_CHECK_VIEW}`;
  if (pathname === "/documents") return `/v/documents/${documentsView(f)}`;
  const m = /^\/(sectors|indicators)\/([a-z0-9-]{1,80})$/.exec(pathname);
  if (m) return `/v/${m[1] === "sectors" ? "sector" : "indicator"}/${m[2]}/${rangeView(f)}`;
  return null;
}

/** The source check has no filters: one view. */
export const SOURCE_CHECK_VIEW = "all";

export const DEFAULT_OVERVIEW_VIEW = overviewView(DEFAULT_FILTERS);
