import { accessSync, constants, mkdirSync, statfsSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database; $file?: OpenedFile };

/** The file a connection opened, by identity: a file deleted or replaced at the path since has another (dev, ino), or none. */
export type OpenedFile = { path: string; dev: number; ino: number };

/** What every application connection must run with; checked after opening, so a silently ignored pragma cannot pass. */
export const REQUIRED_PRAGMAS = { journal_mode: "wal", foreign_keys: 1, busy_timeout: 5000, synchronous: 2 } as const;

export const DEFAULT_DATABASE_PATH = "data/app.db";

/** DATABASE_URL may be a plain path or a `file:` URL; ":memory:" is passed through for tests. */
export function resolveDatabasePath(url = process.env.DATABASE_URL): string {
  const raw = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_PATH;
  if (raw === ":memory:") return raw;
  return path.resolve(raw.startsWith("file:") ? raw.slice("file:".length) : raw);
}

/**
 * Opens the embedded database with the settings every connection needs: WAL so readers
 * never wait for the writer, foreign keys enforced, a busy timeout so a concurrent writer
 * (seed, admin save, backup) makes others wait instead of failing with SQLITE_BUSY, and
 * synchronous=FULL so an acknowledged save survives a power cut, not only a process crash
 * (in WAL mode NORMAL may lose the last commits when the machine loses power).
 * The busy timeout only helps transactions that ask for the write lock up front: every write
 * transaction is `{ behavior: "immediate" }` (a DEFERRED one that upgrades from a read gets
 * SQLITE_BUSY at once, without waiting).
 */
export function openDatabase(url?: string): AppDatabase {
  const file = resolveDatabasePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = FULL");
  assertPragmas(sqlite, file === ":memory:");
  const db = drizzle(sqlite, { schema }) as AppDatabase;
  if (file !== ":memory:") {
    const st = statSync(file);
    db.$file = { path: file, dev: st.dev, ino: st.ino };
  }
  return db;
}

/** Throws unless the connection runs with REQUIRED_PRAGMAS (an in-memory database cannot use WAL). */
export function assertPragmas(sqlite: Database.Database, inMemory = false): void {
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    if (name === "journal_mode" && inMemory) continue;
    const actual = sqlite.pragma(name, { simple: true });
    if (actual !== expected) throw new Error(`Database setting ${name} is ${String(actual)}, expected ${expected}`);
  }
}

/**
 * Why the opened database can no longer be trusted with a write, or null when it can: the file
 * at its path was deleted or replaced (edits would go to an unlinked inode and vanish on the
 * next start), or the file or its folder is not writable, or the disk is full.
 */
export function databaseFileProblem(db: AppDatabase, minFreeBytes = 1024 * 1024): string | null {
  const opened = db.$file;
  if (!opened) return null;
  let st;
  try {
    st = statSync(opened.path);
  } catch {
    return "the database file was deleted";
  }
  if (st.dev !== opened.dev || st.ino !== opened.ino) return "the database file was replaced";
  try {
    accessSync(opened.path, constants.W_OK);
    accessSync(path.dirname(opened.path), constants.W_OK);
  } catch {
    return "the database file is not writable";
  }
  const fs = statfsSync(path.dirname(opened.path));
  if (fs.bavail * fs.bsize < minFreeBytes) return "the disk holding the database is full";
  return null;
}

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

/**
 * Every write goes through this: BEGIN IMMEDIATE takes the write lock before the first read, so
 * a writer in another process makes this one wait (busy_timeout) instead of failing mid-way
 * when a DEFERRED transaction tries to upgrade its read lock.
 */
export function writeTransaction<T>(db: AppDatabase, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: "immediate" });
}
