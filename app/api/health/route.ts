import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { observations } from "@/db/schema";

export const dynamic = "force-dynamic";

/** Liveness with a real read: 503 when the database cannot be opened or queried. */
export function GET() {
  try {
    const row = getDb().select({ n: sql<number>`count(*)` }).from(observations).get();
    if (!row || row.n === 0) return Response.json({ status: "error", error: "database has no observations" }, { status: 503 });
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("Health check failed:", error);
    return Response.json({ status: "error", error: "database unavailable" }, { status: 503 });
  }
}
