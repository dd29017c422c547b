import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Where automatic and default backups go: data/backups/ beside the database. */
export function backupPath(file: string, label: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const dir = path.join(path.dirname(file), "backups");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${path.basename(file, path.extname(file))}-${label}-${stamp}.db`);
}

/** "ok", or the first problems PRAGMA integrity_check reports (also when the file is not a database at all). */
export function integrityOf(file: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check);
    if (problems.length === 1 && problems[0] === "ok") {
      const migrated = db.prepare("select count(*) as n from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get() as { n: number };
      return migrated.n === 1 ? "ok" : "not a database of this app (no migrations table)";
    }
    return problems.slice(0, 5).join("; ");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}
