import type { NextRequest } from "next/server";
import { requireRole } from "@/db/auth/request";
import { listAdminObservationsPage } from "@/db/queries/admin";
import { badRequest } from "@/lib/api/responses";
import { parseAdminStateStrict } from "@/lib/table-params";
import { langParam, withLocale } from "@/lib/i18n/locale-scope";

export const dynamic = "force-dynamic";

/**
 * GET /api/admin/observations?sector=&q=&sort=&dir=&page=&size= — one page of the editors' table
 * (the same parameters as /admin/indicators' URL, strictly: a bad one is a 400 naming it). Editors and admins only.
 */
export async function GET(request: NextRequest) {
  if (!(await requireRole(["admin", "editor"]))) return Response.json({ error: "Sign in to see this." }, { status: 401 });
  const lang = langParam(request.nextUrl.searchParams);
  if (!lang) return badRequest({ lang: "must be one of az, kk, ru, en" });
  const parsed = parseAdminStateStrict(request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  // Indicator names in the language of the editor's page.
  return withLocale(lang, () => Response.json(listAdminObservationsPage(parsed.value), { headers: { "Cache-Control": "no-store" } }));
}
