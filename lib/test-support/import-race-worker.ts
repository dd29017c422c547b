/**
 * One side of the import race (db/mutations/import-race.test.ts), in its own process with its own
 * connection: opens the database, says "ready", waits for "go" on stdin, then either applies the
 * previewed import or saves the editor's edit, and prints the outcome as one JSON line.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "../../db/connection";
import { ConflictError } from "../../db/mutations/errors";
import { applyImport } from "../../db/mutations/import";
import { updateObservation } from "../../db/mutations/observations";
import { observations } from "../../db/schema";

const [file, role, payload] = process.argv.slice(2) as [string, "import" | "edit", string];
const input = JSON.parse(payload);
const db = openDatabase(file);
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  let out: { ok: boolean; conflict?: boolean; error?: string };
  try {
    if (role === "import") applyImport(db, { ...input, fileName: "race.csv" });
    else {
      const o = db.select().from(observations).where(eq(observations.key, input.key)).get()!;
      // The version the editor loaded before the race, not the one read now.
      updateObservation(db, { id: o.id, version: input.version, fields: { ...o, value: input.value, note: o.note ?? undefined }, actor: input.actor });
    }
    out = { ok: true };
  } catch (e) {
    out = { ok: false, conflict: e instanceof ConflictError, error: e instanceof Error ? e.message : String(e) };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
  db.$client.close();
  process.exit(0);
});
