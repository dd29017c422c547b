import { requireRole } from "@/db/auth/request";
import { listAdminObservations } from "@/db/queries/admin";

export const dynamic = "force-dynamic";

/** The admin table's data, for refetching after a conflict. Editors and admins only. */
export async function GET() {
  if (!(await requireRole(["admin", "editor"]))) return Response.json({ error: "Sign in to see this." }, { status: 401 });
  return Response.json(listAdminObservations(), { headers: { "Cache-Control": "no-store" } });
}
