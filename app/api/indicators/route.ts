import type { NextRequest } from "next/server";
import { listIndicators } from "@/db/queries/indicators";
import { badRequest } from "@/lib/api/responses";
import { parseFiltersStrict } from "@/lib/filters";

export const dynamic = "force-dynamic";

/** GET /api/indicators?sector=&from=&to= — indicators with their observations and known gaps. */
export function GET(request: NextRequest) {
  const parsed = parseFiltersStrict(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  if (parsed.filters.package) return badRequest({ package: "is not a filter of indicators" });
  const { sector, from, to } = parsed.filters;
  return Response.json({ filters: { sector, from, to }, indicators: listIndicators({ sector: sector === "all" ? undefined : sector, from, to }) });
}
