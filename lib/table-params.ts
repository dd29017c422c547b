import { z } from "zod";
import { PRIMARY_SECTORS, SECTOR_SLUGS } from "./constants";
import { read, type ParamSource } from "./search-params";

/**
 * The URL grammar of long lists, written once beside the public pages' (lib/search-params.ts):
 * the JSON API's figure pages (limit, cursor, indicator) and the admin table's state (page, size,
 * sort, dir, sector, q). Each parameter is one zod schema with its default; pages read leniently
 * (a bad value falls back to its default, never an error page), the API strictly (400 naming it).
 */

export const FIGURE_PAGE = { defaultLimit: 50, maxLimit: 200 } as const;

/** A keyset cursor: the sort key of the last row sent (sector order, indicator order, indicator id, period end, period start, observation id). */
const cursorTuple = z.tuple([z.number().int(), z.number().int(), z.number().int().positive(), z.iso.date(), z.iso.date(), z.number().int().positive()]);
export type FigureCursor = z.infer<typeof cursorTuple>;

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): string | null {
  try {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export const encodeCursor = (c: FigureCursor): string => toBase64Url(JSON.stringify(c));

export function decodeCursor(raw: string): FigureCursor | null {
  if (raw.length > 300 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  const text = fromBase64Url(raw);
  if (text === null) return null;
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "must be an indicator slug");

const figurePageParams = {
  limit: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, `must be from 1 to ${FIGURE_PAGE.maxLimit}`)
    .max(FIGURE_PAGE.maxLimit, `must be from 1 to ${FIGURE_PAGE.maxLimit}`)
    .default(FIGURE_PAGE.defaultLimit),
  cursor: z
    .string()
    .transform((raw, ctx) => {
      const c = decodeCursor(raw);
      if (!c) ctx.addIssue({ code: "custom", message: "is not a cursor this API gave out (use the page's next link)" });
      return c ?? undefined;
    })
    .optional(),
  indicator: slug.optional(),
};

export type FigurePageParams = { limit: number; cursor?: FigureCursor; indicator?: string };

export const ADMIN_SORTS = ["indicator", "period", "value", "updated"] as const;
export type AdminSort = (typeof ADMIN_SORTS)[number];
export const ADMIN_PAGE_SIZES = [25, 50, 100] as const;
export const ADMIN_SECTORS = ["all", ...SECTOR_SLUGS] as const;

const adminParams = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (ADMIN_PAGE_SIZES as readonly number[]).includes(n), `must be one of ${ADMIN_PAGE_SIZES.join(", ")}`)
    .default(ADMIN_PAGE_SIZES[0]),
  sort: z.enum(ADMIN_SORTS).default("indicator"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  sector: z.enum(ADMIN_SECTORS).default("all"),
  q: z.string().trim().max(100).default(""),
};

export type AdminTableState = { page: number; size: number; sort: AdminSort; dir: "asc" | "desc"; sector: (typeof ADMIN_SECTORS)[number]; q: string };
export const DEFAULT_ADMIN_STATE: AdminTableState = { page: 1, size: 25, sort: "indicator", dir: "asc", sector: "all", q: "" };

type Shape = Record<string, z.ZodType>;

function present(params: ParamSource, key: string): string | undefined {
  const v = read(params, key);
  return v === undefined || v.trim() === "" ? undefined : v;
}

/** Lenient: each bad value falls back to its default on its own. */
function lenient<T>(shape: Shape, params: ParamSource): T {
  const out: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(shape)) {
    const r = schema.safeParse(present(params, k));
    out[k] = r.success ? r.data : schema.safeParse(undefined).data;
  }
  return out as T;
}

/** Strict: every present value must be valid; the errors name each bad parameter. */
function strict<T>(shape: Shape, params: ParamSource): { ok: true; value: T } | { ok: false; errors: Record<string, string> } {
  const out: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [k, schema] of Object.entries(shape)) {
    const r = schema.safeParse(present(params, k));
    if (r.success) out[k] = r.data;
    else errors[k] = r.error.issues[0]?.message ?? "is invalid";
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: out as T };
}

export const parseFigurePageStrict = (params: ParamSource) => strict<FigurePageParams>(figurePageParams, params);

export const parseAdminState = (params: ParamSource) => lenient<AdminTableState>(adminParams, params);
export const parseAdminStateStrict = (params: ParamSource) => strict<AdminTableState>(adminParams, params);

/** The admin table's query string, defaults omitted, in a stable order: "?sort=value&dir=desc&page=2". */
export function adminStateToQuery(s: Partial<AdminTableState>): string {
  const p = new URLSearchParams();
  const d = DEFAULT_ADMIN_STATE;
  if (s.sector && s.sector !== d.sector) p.set("sector", s.sector);
  if (s.q && s.q.trim() !== "") p.set("q", s.q.trim());
  if (s.sort && s.sort !== d.sort) p.set("sort", s.sort);
  if (s.dir && s.dir !== d.dir) p.set("dir", s.dir);
  if (s.size && s.size !== d.size) p.set("size", String(s.size));
  if (s.page && s.page !== d.page) p.set("page", String(s.page));
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** Sectors the admin filter offers: the dashboard's five first, then the rest that have indicators. */
export const adminSectorChoices = (withIndicators: readonly string[]) => ADMIN_SECTORS.filter((s) => s === "all" || (PRIMARY_SECTORS as readonly string[]).includes(s) || withIndicators.includes(s));
