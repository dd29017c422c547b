import { PRIMARY_SECTORS } from "./constants";
import { localePath, splitLocale } from "./i18n/locales";

/**
 * The URL grammar of the public pages, written once: each query parameter (name, valid values,
 * default) and which page reads which. Everything else derives from it: the lenient parser the
 * pages use (a bad value falls back to its default, never an error page), the strict parser the
 * JSON API uses (400 naming each bad value), the query strings links are built from, the page
 * cache's key (lib/page-cache.js through server.mjs) and the filter part of page titles.
 * No zod here: pages and the filter bar run this in the browser too.
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
  /** Embeds only: embeds are light unless the embedding page asks for dark. */
  theme?: "dark";
}

export const DEFAULT_FILTERS: Filters = { sector: "all" };

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;
type ParamName = keyof Filters;

/** Each parameter: how a raw value reads (undefined when invalid) and what the API says about a bad one. */
const PARAMS: { [K in ParamName]-?: { parse(raw: string): Filters[K] | undefined; expected: string } } = {
  sector: {
    parse: (raw) => ((SECTOR_FILTER_VALUES as readonly string[]).includes(raw) ? (raw as SectorFilter) : undefined),
    expected: `must be one of ${SECTOR_FILTER_VALUES.join(", ")}`,
  },
  from: { parse: parseYear, expected: `must be a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}` },
  to: { parse: parseYear, expected: `must be a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}` },
  package: { parse: (raw) => (/^[a-z0-9-]{1,80}$/.test(raw) ? raw : undefined), expected: "must be a package slug" },
  theme: { parse: (raw) => (raw === "dark" ? "dark" : undefined), expected: "must be dark (embeds are light by default)" },
};
const ORDER: readonly ParamName[] = ["sector", "from", "to", "package", "theme"];

function parseYear(raw: string): number | undefined {
  if (!/^\d{4}$/.test(raw)) return undefined;
  const y = Number(raw);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

/** The public pages and the parameters each is rendered from; any other parameter is ignored. */
export const PUBLIC_PAGES = {
  overview: { path: /^\/$/, params: ["sector", "from", "to"] },
  sector: { path: /^\/sectors\/[a-z0-9-]{1,80}$/, params: ["from", "to"] },
  indicator: { path: /^\/indicators\/[a-z0-9-]{1,80}$/, params: ["from", "to"] },
  documents: { path: /^\/documents$/, params: ["sector", "package", "from", "to"] },
  document: { path: /^\/documents\/[a-z0-9-]{1,120}$/, params: [] },
  sourceCheck: { path: /^\/source-check$/, params: [] },
  briefing: { path: /^\/briefing$/, params: ["sector", "from", "to"] },
  /** The briefing's PDF: the same view, so the page cache keeps it under the same freshness signal. */
  briefingPdf: { path: /^\/briefing\.pdf$/, params: ["sector", "from", "to"] },
  embedIndicator: { path: /^\/embed\/indicators\/[a-z0-9-]{1,80}$/, params: ["from", "to", "theme"] },
  embedPanel: { path: /^\/embed\/panels\/[a-z0-9-]{1,80}$/, params: ["from", "to", "theme"] },
} as const satisfies Record<string, { path: RegExp; params: readonly ParamName[] }>;
export type PublicPage = keyof typeof PUBLIC_PAGES;

export function read(params: ParamSource, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

function present(params: ParamSource, key: ParamName): string | undefined {
  const v = read(params, key)?.trim();
  return v === undefined || v === "" ? undefined : v;
}

/**
 * For pages: each bad parameter falls back to its default on its own; a reversed range drops
 * both years. `names` limits the parameters read to those a page is rendered from.
 */
export function parseFilters(params: ParamSource, names: readonly ParamName[] = ORDER): Filters {
  const value = <K extends ParamName>(k: K) => {
    const raw = names.includes(k) ? present(params, k) : undefined;
    return raw === undefined ? undefined : (PARAMS[k].parse(raw) as Filters[K] | undefined);
  };
  let from = value("from");
  let to = value("to");
  if (from !== undefined && to !== undefined && from > to) {
    from = undefined;
    to = undefined;
  }
  return { sector: value("sector") ?? "all", from, to, package: value("package"), theme: value("theme") };
}

/** The filters one public page is rendered from (the same parameters its cache key keeps). */
export function parsePageFilters(page: PublicPage, params: ParamSource): Filters {
  return parseFilters(params, PUBLIC_PAGES[page].params);
}

export type StrictParse = { ok: true; filters: Filters } | { ok: false; errors: Record<string, string> };

/** For API routes: every present parameter must be valid, and a range must not be reversed. */
export function parseFiltersStrict(params: ParamSource): StrictParse {
  const errors: Record<string, string> = {};
  for (const k of ORDER) {
    const raw = present(params, k);
    if (raw !== undefined && PARAMS[k].parse(raw) === undefined) errors[k] = PARAMS[k].expected;
  }
  const filters = parseFilters(params);
  const from = present(params, "from");
  const to = present(params, "to");
  if (!errors.from && !errors.to && from !== undefined && to !== undefined && Number(from) > Number(to)) errors.from = "from must not be after to";
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, filters };
}

/** The query string for a view, omitting defaults, in a stable order: "?sector=energy&from=2022". */
export function filtersToQuery(f: Partial<Filters>): string {
  const p = new URLSearchParams();
  if (f.sector && f.sector !== "all") p.set("sector", f.sector);
  if (f.from !== undefined) p.set("from", String(f.from));
  if (f.to !== undefined) p.set("to", String(f.to));
  if (f.package) p.set("package", f.package);
  if (f.theme) p.set("theme", f.theme);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/**
 * The canonical URL of a public page request (the page cache's key), or null for any other path.
 * Parameters the page is not rendered from (utm_source and the like) are dropped and invalid
 * values fall back to their defaults, so every URL that renders the same page has the same key.
 */
export function canonicalPageUrl(pathname: string, search: URLSearchParams): string | null {
  // Pages live under their locale (/kk/sectors/energy); each locale is its own cached page. A page path
  // without one is only a redirect (proxy.ts), so not cached; the embeds have no locale.
  const split = splitLocale(pathname);
  const rest = split?.rest ?? pathname;
  const page = (Object.keys(PUBLIC_PAGES) as PublicPage[]).find((p) => PUBLIC_PAGES[p].path.test(rest));
  if (!page) return null;
  const embed = page === "embedIndicator" || page === "embedPanel";
  if (embed === (split !== null)) return null;
  return (split ? localePath(split.locale, rest) : rest) + filtersToQuery(parsePageFilters(page, search));
}

/** The canonical, site-relative URL of a view of a public page: its path and the filters it is rendered from. */
export function viewHref(page: PublicPage, pathname: string, filters: Partial<Filters>): string {
  const names: readonly ParamName[] = PUBLIC_PAGES[page].params;
  const kept: Partial<Filters> = {};
  for (const k of names) (kept as Record<string, unknown>)[k] = filters[k];
  return pathname + filtersToQuery(kept);
}

/** Whether a period [start, end] (ISO dates) overlaps the filter's year range. */
export function periodInRange(start: string, end: string, f: Pick<Filters, "from" | "to">): boolean {
  if (f.from !== undefined && Number(end.slice(0, 4)) < f.from) return false;
  if (f.to !== undefined && Number(start.slice(0, 4)) > f.to) return false;
  return true;
}
