import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../lib/test-support/temp-db";
import { integrityOf } from "./backup-file";
import { assertPragmas } from "./connection";
import { MIGRATIONS_FOLDER, pendingMigrations, runMigrations } from "./migrate";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("migrations", () => {
  it("apply on an empty file and create every table", () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    const tables = (t.db.$client.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((r) => r.name);
    for (const name of [
      "sectors",
      "sources",
      "indicators",
      "observations",
      "observation_sources",
      "data_gaps",
      "documents",
      "document_packages",
      "document_sectors",
      "document_sources",
      "document_indicators",
      "document_projects",
      "projects",
      "milestones",
      "events",
      "claims",
      "claim_evidence",
      "content_translations",
    ]) {
      expect(tables).toContain(name);
    }
  });

  it("are idempotent: a second run applies nothing and keeps the data", () => {
    const t = tempDatabase({ seed: true });
    cleanup = t.cleanup;
    const before = t.db.$client.prepare("select count(*) as n from observations").get() as { n: number };
    runMigrations(t.db);
    const after = t.db.$client.prepare("select count(*) as n from observations").get() as { n: number };
    expect(after.n).toBe(before.n);
    expect(after.n).toBeGreaterThan(0);
  });

  it("back up an existing database before applying new migrations, and only then", () => {
    const t = tempDatabase({ seed: true });
    cleanup = t.cleanup;
    expect(pendingMigrations(t.db)).toEqual([]);
    expect(runMigrations(t.db)).toBeNull();
    // As if the last migration were new: the backup is made before drizzle runs it (which then fails here).
    t.db.$client.prepare("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)").run();
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
    expect(pendingMigrations(t.db)).toEqual([journal.entries.at(-1)!.tag]);
    let backup: string | null = null;
    const log = console.log;
    console.log = (line: string) => void (backup = /to (\S+) before/.exec(line)?.[1] ?? null);
    try {
      runMigrations(t.db);
    } catch {
      // Re-running a migration whose tables exist fails here; the backup was made before it.
    } finally {
      console.log = log;
    }
    expect(backup).toMatch(/backups\/test-pre-migrate-.*\.db$/);
    expect(existsSync(backup!)).toBe(true);
    expect(integrityOf(backup!)).toBe("ok");
    const copy = new Database(backup!, { readonly: true });
    expect((copy.prepare("select count(*) as n from observations").get() as { n: number }).n).toBeGreaterThan(0);
    copy.close();
  });

  it("open connections with foreign keys enforced, WAL on, synchronous=FULL and a 5 s busy timeout", () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    expect(t.db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(t.db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(t.db.$client.pragma("synchronous", { simple: true })).toBe(2);
    expect(t.db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(() => assertPragmas(t.db.$client)).not.toThrow();
    t.db.$client.pragma("synchronous = NORMAL");
    expect(() => assertPragmas(t.db.$client)).toThrow(/synchronous is 1, expected 2/);
    expect(() => t.db.$client.prepare("insert into indicators (slug, name, unit, sector_slug, description) values ('x', 'x', 'x', 'no-such-sector', 'x')").run()).toThrow(/FOREIGN KEY/);
  });
});
