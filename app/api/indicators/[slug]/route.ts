import type { NextRequest } from "next/server";
import { getIndicator } from "@/db/queries/indicators";
import { badRequest, notFoundJson } from "@/lib/api/responses";
import { parseFiltersStrict } from "@/lib/filters";

export const dynamic = "force-dynamic";

/** GET /api/indicators/<slug>?from=&to= — one indicator, all its observations with sources, gaps and documents. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseFiltersStrict(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  const ind = getIndicator({ slug: (await params).slug, from: parsed.filters.from, to: parsed.filters.to });
  return ind ? Response.json(ind) : notFoundJson("Indicator");
}
