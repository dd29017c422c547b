import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabasePath } from "./connection";
import { backupPath, integrityOf } from "./backup-file";

/**
 * npm run db:backup [-- <file>]: an online copy of the database through SQLite's backup API,
 * safe while the server runs and writes (the copy is one consistent snapshot), then checked
 * with integrity_check. Default target: data/backups/<name>-backup-<time>.db.
 */
async function main() {
  const file = resolveDatabasePath();
  if (file === ":memory:" || !existsSync(file)) throw new Error(`No database at ${file} to back up`);
  const target = process.argv[2] ? path.resolve(process.argv[2]) : backupPath(file, "backup");
  if (existsSync(target)) throw new Error(`Refusing to overwrite ${target}`);
  const source = new Database(file, { fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  try {
    const { totalPages } = await source.backup(target);
    const integrity = integrityOf(target);
    if (integrity !== "ok") throw new Error(`The backup ${target} failed its integrity check: ${integrity}`);
    console.log(`Backed up ${file} to ${target} (${totalPages} pages, integrity ok)`);
  } finally {
    source.close();
  }
}

main().catch((error) => {
  console.error("Backup failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
