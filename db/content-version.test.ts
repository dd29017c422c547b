import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDatabase } from "../lib/test-support/temp-db";
import { createUser } from "./auth/users";
import { openDatabase, type AppDatabase } from "./connection";
import { openContentVersionReader, pageStamp } from "./content-version";
import { runMigrations } from "./migrate";
import { updateObservation } from "./mutations/observations";
import { observations } from "./schema";

let db: AppDatabase;
let file: string;
let cleanup: () => void;
beforeAll(() => {
  ({ db, file, cleanup } = tempDatabase({ seed: true }));
});
afterAll(() => cleanup());

/** Tables whose rows no public page shows: writing them must not empty the page cache. */
const NOT_CONTENT = ["users", "sessions", "sign_in_attempts", "content_version"];

describe("content version", () => {
  it("has a bump trigger for insert, update and delete on every table a page can show", () => {
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").pluck().all() as string[];
    const triggers = db.$client.prepare("select tbl_name, sql from sqlite_master where type = 'trigger'").all() as { tbl_name: string; sql: string }[];
    const missing = tables
      .filter((t) => !NOT_CONTENT.includes(t))
      .flatMap((t) =>
        ["INSERT", "UPDATE", "DELETE"].filter((op) => !triggers.some((tr) => tr.tbl_name === t && tr.sql.includes(`AFTER ${op}`) && tr.sql.includes("content_version"))).map((op) => `${t} ${op}`),
      );
    expect(missing).toEqual([]);
  });

  it("moves inside the mutation's transaction, and is seen by another connection at once", async () => {
    const reader = openContentVersionReader(file);
    const other = openDatabase(file);
    try {
      const actor = { id: (await createUser(db, { email: "cv@example.test", role: "editor", password: "a-long-password" })).id, email: "cv@example.test" };
      const before = reader.read()!;
      // Accounts are not content: creating one left the version alone.
      expect(before).toBeGreaterThan(0);
      const o = db.select().from(observations).where(eq(observations.key, "O5")).get()!;
      const fields = { ...o, note: "content version test" };
      // A rolled-back write moves nothing.
      expect(() =>
        updateObservation(db, {
          id: o.id,
          version: o.version,
          fields,
          actor,
          afterWrite: () => {
            throw new Error("boom");
          },
        }),
      ).toThrow("boom");
      expect(reader.read()).toBe(before);
      updateObservation(db, { id: o.id, version: o.version, fields, actor });
      const afterEdit = reader.read()!;
      expect(afterEdit).toBeGreaterThan(before);
      // A write through another connection (another process on the same file) counts the same.
      other.$client.prepare("update observations set value = value + 1 where key = 'O5'").run();
      expect(reader.read()!).toBeGreaterThan(afterEdit);
    } finally {
      reader.close();
      other.$client.close();
    }
  });

  it("reads null, not an error, where there is no database file yet, and the version once there is", () => {
    const missing = path.join(path.dirname(file), "later.db");
    const reader = openContentVersionReader(missing);
    expect(reader.read()).toBeNull();
    const later = openDatabase(missing);
    runMigrations(later);
    expect(reader.read()).toBe(pageStamp(1));
    reader.close();
    later.$client.close();
  });

  it("stamps pages with the version within the day, so a page whose text depends on today is not served tomorrow", () => {
    expect(pageStamp(7, "2026-12-01")).not.toBe(pageStamp(7, "2026-12-02"));
    expect(pageStamp(7, "2026-12-01")).not.toBe(pageStamp(8, "2026-12-01"));
    expect(pageStamp(8, "2026-12-01")).toBeGreaterThan(pageStamp(7, "2026-12-01"));
    expect(pageStamp(2 ** 32 - 1, "2100-01-01")).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it("reads null, not an error, where the database has no version yet", () => {
    const empty = tempDatabase();
    try {
      empty.db.$client.exec("drop table content_version");
      const reader = openContentVersionReader(empty.file);
      expect(reader.read()).toBeNull();
      reader.close();
    } finally {
      empty.cleanup();
    }
  });
});
