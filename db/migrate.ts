import { readFileSync } from "node:fs";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { backupPath } from "./backup-file";
import { openDatabase, resolveDatabasePath, type AppDatabase } from "./connection";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * The committed migrations an existing database has not applied yet (drizzle applies those
 * newer than the last one recorded), or null for a database never migrated.
 */
export function pendingMigrations(db: AppDatabase): string[] | null {
  const table = db.$client.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!table) return null;
  const last = (db.$client.prepare("select max(created_at) as t from __drizzle_migrations").get() as { t: number | null }).t ?? 0;
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { when: number; tag: string }[] };
  return journal.entries.filter((e) => e.when > last).map((e) => e.tag);
}

/**
 * Applies the committed migrations; already-applied ones are skipped by drizzle's journal. An
 * existing database with migrations to apply is first copied to data/backups/ (VACUUM INTO: a
 * consistent copy, synchronous), so a migration that goes wrong can be undone with db:restore.
 * Returns the backup's path when one was made.
 */
export function runMigrations(db: AppDatabase): string | null {
  const pending = pendingMigrations(db);
  let backup: string | null = null;
  if (pending && pending.length > 0 && db.$file) {
    backup = backupPath(db.$file.path, "pre-migrate");
    db.$client.prepare("vacuum into ?").run(backup);
    console.log(`Backed up ${db.$file.path} to ${backup} before applying ${pending.join(", ")}`);
  }
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return backup;
}

function main() {
  const db = openDatabase();
  runMigrations(db);
  db.$client.close();
  console.log(`Migrated ${resolveDatabasePath()}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  try {
    main();
  } catch (error) {
    console.error("Migration failed:", error);
    process.exit(1);
  }
}
