import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "data/app.db";

/** DATABASE_URL may be a plain path or a `file:` URL; ":memory:" is passed through for tests. */
export function resolveDatabasePath(url = process.env.DATABASE_URL): string {
  const raw = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_PATH;
  if (raw === ":memory:") return raw;
  return path.resolve(raw.startsWith("file:") ? raw.slice("file:".length) : raw);
}

/**
 * Opens the embedded database with the settings every connection needs: WAL so readers
 * never wait for the writer, foreign keys enforced, and a busy timeout so a concurrent
 * writer (seed, admin save) makes others wait instead of failing with SQLITE_BUSY.
 */
export function openDatabase(url?: string): AppDatabase {
  const file = resolveDatabasePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as AppDatabase;
}
