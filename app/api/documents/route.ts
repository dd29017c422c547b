import type { NextRequest } from "next/server";
import { listDocuments } from "@/db/queries/documents";
import { badRequest } from "@/lib/api/responses";
import { parseFiltersStrict } from "@/lib/search-params";

export const dynamic = "force-dynamic";

/** GET /api/documents?sector=&package=&from=&to= — documents grouped by package. */
export function GET(request: NextRequest) {
  const parsed = parseFiltersStrict(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  return Response.json({ filters: parsed.filters, groups: listDocuments(parsed.filters) });
}
