import { copyFileSync, renameSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../lib/test-support/temp-db";
import { GET } from "./route";

const globalForDb = globalThis as unknown as { __appDb?: { $client: { close(): void } } };
let cleanup: (() => void) | undefined;

afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  delete globalForDb.__appDb;
  delete process.env.DATABASE_URL;
});

describe("GET /api/health", () => {
  it("answers ok when the seeded database can be read", async () => {
    const t = tempDatabase({ seed: true });
    cleanup = t.cleanup;
    process.env.DATABASE_URL = t.file;
    const res = GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database has no tables", async () => {
    const t = tempDatabase();
    t.db.$client.prepare("drop table observation_sources").run();
    t.db.$client.prepare("drop table claim_evidence").run();
    t.db.$client.prepare("drop table observations").run();
    cleanup = t.cleanup;
    process.env.DATABASE_URL = t.file;
    const res = GET();
    expect(res.status).toBe(503);
    expect((await res.json()).status).toBe("error");
  });

  it("answers 503 once the opened database file is deleted or replaced at its path", async () => {
    const t = tempDatabase({ seed: true });
    cleanup = t.cleanup;
    process.env.DATABASE_URL = t.file;
    expect(GET().status).toBe(200);
    renameSync(t.file, `${t.file}.moved`);
    const gone = GET();
    expect(gone.status).toBe(503);
    expect((await gone.json()).error).toBe("the database file was deleted");
    copyFileSync(`${t.file}.moved`, t.file);
    const replaced = GET();
    expect(replaced.status).toBe(503);
    expect((await replaced.json()).error).toBe("the database file was replaced");
  });

  it("answers 503 when the database file cannot be opened", async () => {
    // A path below a regular file can never be created or opened.
    const t = tempDatabase();
    cleanup = t.cleanup;
    process.env.DATABASE_URL = `${t.file}/app.db`;
    const res = GET();
    expect(res.status).toBe(503);
  });
});
