import { rmSync } from "node:fs";
import path from "node:path";
import { openDatabase, resolveDatabasePath } from "./connection";
import { runMigrations } from "./migrate";
import { runSeed } from "./seed";
import { ensureFirstAdmin } from "./auth/users";

/**
 * Recreates the end-to-end test database from scratch. Refuses any path whose file name does
 * not mark it as a test database, so a misconfigured run cannot wipe the real data/app.db.
 */
async function main() {
  const file = resolveDatabasePath();
  if (!/(^|[-_.])(e2e|test)([-_.]|$)/.test(path.basename(file))) {
    throw new Error(`Refusing to reset ${file}: the file name must contain "e2e" or "test"`);
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const db = openDatabase();
  runMigrations(db);
  const summary = runSeed(db);
  await ensureFirstAdmin(db);
  db.$client.close();
  console.log(`Reset test database ${file}: ${JSON.stringify(summary)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
