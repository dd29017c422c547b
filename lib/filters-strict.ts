import { z } from "zod";
import { MAX_YEAR, MIN_YEAR, read, SECTOR_FILTER_VALUES, type Filters, type ParamSource } from "./filters";

/** Strict parsing for the JSON API (server only: zod stays out of the pages' JavaScript). */

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
