import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { databaseFileProblem } from "@/db/connection";
import { observations } from "@/db/schema";

export const dynamic = "force-dynamic";

/**
 * Liveness with a real read, and a check that saves would last: 503 when the database cannot be
 * opened or queried, when the file this process opened is no longer the file at its path
 * (deleted or replaced: edits would vanish on restart), or when it cannot be written.
 */
export function GET() {
  try {
    const db = getDb();
    const row = db
      .select({ n: sql<number>`count(*)` })
      .from(observations)
      .get();
    if (!row || row.n === 0) return Response.json({ status: "error", error: "database has no observations" }, { status: 503 });
    const problem = databaseFileProblem(db);
    if (problem) return Response.json({ status: "error", error: problem }, { status: 503 });
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("Health check failed:", error);
    return Response.json({ status: "error", error: "database unavailable" }, { status: 503 });
  }
}
