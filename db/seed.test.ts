import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDatabase } from "../lib/test-support/temp-db";
import type { AppDatabase } from "./connection";
import { runSeed } from "./seed";

let db: AppDatabase;
let cleanup: () => void;

beforeAll(() => {
  const t = tempDatabase({ seed: true });
  db = t.db;
  cleanup = t.cleanup;
});
afterAll(() => cleanup());

const all = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).get(...params) as T;

const TABLES = ["sectors", "sources", "indicators", "observations", "observation_sources", "data_gaps", "events", "document_packages", "documents", "document_sectors", "document_sources", "document_indicators", "document_projects", "projects", "project_sources", "milestones", "claims", "claim_evidence"];

describe("seed", () => {
  it("is idempotent: a second run writes nothing and leaves every table as it was", () => {
    const counts = () => Object.fromEntries(TABLES.map((t) => [t, one<{ n: number }>(`select count(*) as n from ${t}`).n]));
    const before = counts();
    const summary = runSeed(db);
    expect(summary.rowsWritten).toBe(0);
    expect(counts()).toEqual(before);
  });

  it("does not overwrite an editor's change when run again", () => {
    db.$client.prepare("update observations set value = 999.9, version = version + 1 where key = 'TA-2019'").run();
    runSeed(db);
    expect(one<{ value: number }>("select value from observations where key = 'TA-2019'").value).toBe(999.9);
    db.$client.prepare("update observations set value = 229.6 where key = 'TA-2019'").run();
  });

  it("gives every observation a source that exists", () => {
    const orphans = one<{ n: number }>("select count(*) as n from observations o left join sources s on s.id = o.source_id where s.id is null");
    expect(orphans.n).toBe(0);
    expect(one<{ n: number }>("select count(*) as n from observations").n).toBeGreaterThan(50);
    const badUrls = all<{ url: string }>("select url from sources where url not like 'http://%' and url not like 'https://%'");
    expect(badUrls).toEqual([]);
  });

  it("keeps both reporters' trade series, separately labelled", () => {
    const byReporter = all<{ reporter: string; n: number }>(
      "select o.reporter, count(*) as n from observations o join indicators i on i.id = o.indicator_id where i.slug = 'trade-turnover' group by o.reporter",
    );
    const counts = Object.fromEntries(byReporter.map((r) => [r.reporter, r.n]));
    expect(counts.az).toBeGreaterThanOrEqual(5);
    expect(counts.kz).toBeGreaterThanOrEqual(3);
  });

  it("holds the AZ-side Jan–Aug 2025 turnover of 547.6 and the KZ-side 2023 turnover of 529.4 as separate observations", () => {
    const az = one<{ value: number; reporter: string; status: string } | undefined>(
      "select o.value, o.reporter, o.status from observations o join indicators i on i.id = o.indicator_id where i.slug = 'trade-turnover' and o.period_start = '2025-01-01' and o.period_end = '2025-08-31' and o.reporter = 'az'",
    );
    const kz = one<{ value: number; reporter: string } | undefined>(
      "select o.value, o.reporter from observations o join indicators i on i.id = o.indicator_id where i.slug = 'trade-turnover' and o.period_start = '2023-01-01' and o.period_end = '2023-12-31' and o.reporter = 'kz'",
    );
    expect(az?.value).toBe(547.6);
    expect(az?.status).toBe("preliminary");
    expect(kz?.value).toBe(529.4);
  });

  it("has exactly 15 entries for the 21 October 2025 package, 5 of them identified, and invents no titles", () => {
    const pkg = one<{ id: number; reported_count: number }>("select id, reported_count from document_packages where signed_on = '2025-10-21'");
    expect(pkg.reported_count).toBe(15);
    const docs = all<{ identification: string; title: string | null; package_position: number }>(
      "select identification, title, package_position from documents where package_id = ? order by package_position",
      pkg.id,
    );
    expect(docs).toHaveLength(15);
    expect(docs.map((d) => d.package_position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(docs.filter((d) => d.identification === "identified")).toHaveLength(5);
    for (const d of docs.filter((d) => d.identification !== "identified")) expect(d.title).toBeNull();
  });

  it("gives every claim of the source article a verdict backed by evidence", () => {
    const claims = all<{ slug: string; evidence: number }>("select c.slug, count(e.id) as evidence from claims c left join claim_evidence e on e.claim_id = c.id group by c.id");
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const c of claims) expect(c.evidence, c.slug).toBeGreaterThan(0);
  });

  it("rolls back completely when seed data is inconsistent", () => {
    const t = tempDatabase();
    try {
      t.db.$client.prepare("insert into sectors (slug, name, description, \"primary\", sort_order) values ('trade', 'Trade', 'x', 1, 1)").run();
      t.db.$client.prepare("drop table claim_evidence").run();
      expect(() => runSeed(t.db)).toThrow();
      const n = t.db.$client.prepare("select count(*) as n from observations").get() as { n: number };
      expect(n.n).toBe(0);
    } finally {
      t.cleanup();
    }
  });
});
