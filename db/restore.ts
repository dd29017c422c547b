import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabasePath } from "./connection";
import { backupPath, integrityOf } from "./backup-file";

/**
 * npm run db:restore <file>: checks the backup (integrity_check, and that it is this app's
 * database) and refuses a bad one; keeps a copy of the current database in data/backups/; then
 * copies the backup into the database through SQLite's backup API, so the database file keeps its
 * identity and a running server reads the restored data (restart it anyway: its page caches
 * still hold pages rendered from the data before).
 */
async function main() {
  const arg = process.argv[2];
  if (!arg) throw new Error("Usage: npm run db:restore <backup file>");
  const from = path.resolve(arg);
  const file = resolveDatabasePath();
  if (from === file) throw new Error("The backup is the database itself");
  const integrity = integrityOf(from);
  if (integrity !== "ok") throw new Error(`Refusing to restore ${from}: ${integrity}`);

  if (existsSync(file)) {
    const current = new Database(file, { fileMustExist: true });
    current.pragma("busy_timeout = 5000");
    try {
      const keep = backupPath(file, "pre-restore");
      await current.backup(keep);
      console.log(`Kept the current database as ${keep}`);
    } finally {
      current.close();
    }
  }
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  const after = integrityOf(file);
  if (after !== "ok") throw new Error(`The restored database fails its integrity check: ${after}`);
  console.log(`Restored ${file} from ${from} (integrity ok). Restart the server so its page caches are rebuilt.`);
}

main().catch((error) => {
  console.error("Restore failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
