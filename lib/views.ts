import { parseFilters, type Filters } from "./filters";

/**
 * Public URLs keep their filters in the query string (?sector=energy&from=2022). Rewrites map
 * each to one path segment ("energy~2022~any") of a statically rendered route, so
 * every distinct view is rendered once and then served from the cache until an edit
 * invalidates it. Invalid values are normalised first, so garbage cannot multiply cache entries.
 */

const ANY = "any";
/** Separates the filters in a view segment; not a word character, so rewrite destinations can name parameters around it. */
export const SEP = "~";
const year = (y: number | undefined) => (y === undefined ? ANY : String(y));

export function overviewView(f: Filters): string {
  return [f.sector, year(f.from), year(f.to)].join(SEP);
}

export function rangeView(f: Pick<Filters, "from" | "to">): string {
  return [year(f.from), year(f.to)].join(SEP);
}

export function documentsView(f: Filters): string {
  return [f.sector, f.package ?? "all", year(f.from), year(f.to)].join(SEP);
}

function toParams(parts: Record<string, string | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(parts)) if (v !== undefined && v !== ANY && !(k === "package" && v === "all")) p.set(k, v);
  return p;
}

/** Whether one part of a view segment is a valid value of its filter. */
function validPart(key: "sector" | "package" | "from" | "to", part: string): boolean {
  const probe = parseFilters(toParams({ [key]: part }));
  if (key === "sector") return probe.sector === part;
  if (key === "package") return part === "all" || probe.package === part;
  return part === ANY || String(probe[key]) === part;
}

/**
 * Reads a view segment back; null unless every part is a valid value (so odd paths 404 instead
 * of being cached). A reversed year range is valid part by part and shows every period.
 */
function decode(view: string, keys: ("sector" | "package" | "from" | "to")[]): Filters | null {
  const parts = decodeURIComponent(view).split(SEP);
  if (parts.length !== keys.length || !keys.every((k, i) => validPart(k, parts[i]!))) return null;
  return parseFilters(toParams(Object.fromEntries(keys.map((k, i) => [k, parts[i]]))));
}

export const decodeOverviewView = (view: string) => decode(view, ["sector", "from", "to"]);
export const decodeRangeView = (view: string) => decode(view, ["from", "to"]);
export const decodeDocumentsView = (view: string) => decode(view, ["sector", "package", "from", "to"]);

/**
 * The internal path a public URL should be served from, or null when the URL is not a filtered
 * public view. At run time the rewrites in lib/view-rewrites.js do this mapping; this is the
 * reference they are tested against (lib/view-rewrites.test.ts).
 */
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

