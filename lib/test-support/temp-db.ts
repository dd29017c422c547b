import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type AppDatabase } from "../../db/connection";
import { runMigrations } from "../../db/migrate";
import { runSeed } from "../../db/seed";

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
export function databaseForFile(options: { seed?: boolean }, receive: (db: AppDatabase) => void): void {
  let cleanup: (() => void) | undefined;
  beforeAll(() => {
    const t = tempDatabase(options);
    cleanup = t.cleanup;
    receive(t.db);
  });
  afterAll(() => cleanup?.());
}
