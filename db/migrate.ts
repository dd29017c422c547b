import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openDatabase, resolveDatabasePath, type AppDatabase } from "./connection";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies the committed migrations; already-applied ones are skipped by drizzle's journal. */
export function runMigrations(db: AppDatabase): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
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
