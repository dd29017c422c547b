import type { NextRequest } from "next/server";
import { listIndicators } from "@/db/queries/indicators";
import { parseFormat } from "@/lib/api/format";
import { badRequest } from "@/lib/api/responses";
import { parseFiltersStrict } from "@/lib/search-params";

export const dynamic = "force-dynamic";

/** GET /api/indicators?sector=&from=&to= — indicators with their observations and known gaps. */
export function GET(request: NextRequest) {
  const parsed = parseFiltersStrict(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  if (parsed.filters.package) return badRequest({ package: "is not a filter of indicators" });
  const format = parseFormat(request.nextUrl.searchParams);
  if (!format.ok) return badRequest(format.errors);
  // A CSV is one chart's bars; this list holds every figure of many indicators, so it points there instead.
  if (format.format === "csv") return badRequest({ format: "csv is served per chart: /api/indicators/<slug>?format=csv or /api/panels/<sector>?format=csv" });
  const { sector, from, to } = parsed.filters;
  return Response.json({ filters: { sector, from, to }, indicators: listIndicators({ sector: sector === "all" ? undefined : sector, from, to }) });
}
