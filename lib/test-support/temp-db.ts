import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type AppDatabase } from "../../db/connection";
import { runMigrations } from "../../db/migrate";
import { runSeed } from "../../db/seed";
import { createUser } from "../../db/auth/users";

/** A migrated (and optionally seeded) database in a fresh temporary file, removed by `cleanup`. */
export function tempDatabase(options: { seed?: boolean } = {}): { db: AppDatabase; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "azkz-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  runMigrations(db);
  if (options.seed) runSeed(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One temporary database for a whole test file: opened before its first test, removed after its last. */
export function databaseForFile(options: { seed?: boolean }, receive: (db: AppDatabase, file: string) => void): void {
  let cleanup: (() => void) | undefined;
  beforeAll(() => {
    const t = tempDatabase(options);
    cleanup = t.cleanup;
    receive(t.db, t.file);
  });
  afterAll(() => cleanup?.());
}

/** databaseForFile, seeded, with an editor account to act as (made before the file's tests run). */
export function editorDatabaseForFile(email: string, receive: (db: AppDatabase, actor: { id: number; email: string }, file: string) => void): void {
  let db: AppDatabase;
  let file: string;
  databaseForFile({ seed: true }, (d, f) => {
    db = d;
    file = f;
  });
  beforeAll(async () => {
    receive(db, { id: (await createUser(db, { email, role: "editor", password: "a-long-password" })).id, email }, file);
  });
}

/** A fingerprint of every table's content (sessions and sign-in attempts aside), so "nothing changed" is checked, not assumed. */
export function tablesFingerprint(db: AppDatabase): string {
  const tables = (
    db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('sign_in_attempts', 'sessions')").all() as { name: string }[]
  ).map((r) => r.name);
  const h = createHash("sha256");
  for (const name of tables.sort()) h.update(name + JSON.stringify(db.$client.prepare(`select * from "${name}" order by rowid`).all()));
  return h.digest("hex");
}

/**
 * For server-action tests: a seeded temporary database the app's own connection opens (DATABASE_URL),
 * and the actions module loaded against it, for the whole test file.
 */
export function actionsForFile<T>(load: () => Promise<T>, receive: (t: ReturnType<typeof tempDatabase>, actions: T) => void): void {
  const globalForDb = globalThis as unknown as { __appDb?: unknown };
  let t: ReturnType<typeof tempDatabase> | undefined;
  beforeAll(async () => {
    t = tempDatabase({ seed: true });
    process.env.DATABASE_URL = t.file;
    delete globalForDb.__appDb;
    receive(t, await load());
  });
  afterAll(() => {
    delete globalForDb.__appDb;
    delete process.env.DATABASE_URL;
    t?.cleanup();
  });
}
