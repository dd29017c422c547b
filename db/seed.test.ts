import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDatabase } from "../lib/test-support/temp-db";
import type { AppDatabase } from "./connection";
import { runSeed, seedTranslations } from "./seed";

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

const TABLES = [
  "sectors",
  "sources",
  "indicators",
  "observations",
  "observation_sources",
  "data_gaps",
  "events",
  "document_packages",
  "documents",
  "document_sectors",
  "document_sources",
  "document_indicators",
  "document_projects",
  "projects",
  "project_sources",
  "milestones",
  "claims",
  "claim_evidence",
  "content_translations",
];

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

describe("fact-sheet update of 2026-12", () => {
  it("holds KMG's 2025 outturn of 1.3 Mt via BTC beside the minister's ~1.5, each credited to who published it", () => {
    const rows = all<{ key: string; value: number; status: string; originator: string }>(
      "select o.key, o.value, o.status, o.originator from observations o join indicators i on i.id = o.indicator_id where i.slug = 'oil-transit-btc' and o.period_start = '2025-01-01' and o.period_end = '2025-12-31' order by o.key",
    );
    expect(rows.find((r) => r.key === "O12")).toMatchObject({ value: 1.3, status: "actual", originator: "KMG" });
    expect(rows.find((r) => r.key === "O15")).toMatchObject({ value: 1.5, originator: "KZ Energy Minister E. Akkenzhenov" });
  });

  it("starts the Trans-Caspian cargo series in 2019 at 0.759 Mt, with no 2018 point", () => {
    const first = one<{ periodLabel: string; value: number }>(
      "select o.period_label as periodLabel, o.value from observations o join indicators i on i.id = o.indicator_id where i.slug = 'titr-cargo' and o.period_type = 'year' and o.status = 'actual' order by o.period_end limit 1",
    );
    expect(first).toEqual({ periodLabel: "2019", value: 0.759 });
  });

  it("credits a figure to its own publisher, not to another figure's body in the same article", () => {
    expect(one<{ o: string | null }>("select originator as o from observations where key = 'TA-2021'").o).toBeNull();
    expect(one<{ o: string | null }>("select originator as o from observations where key = 'C8'").o).toBeNull();
    expect(one<{ o: string | null }>("select originator as o from observations where key = 'C4'").o).toBe("AZ SMB Development Agency");
  });
});

describe("corrections to an existing database", () => {
  it("applies a correction where the row still holds the old value, and leaves an editor's change alone", async () => {
    // Put back what an older seed wrote, as an existing database still holds it.
    db.$client.prepare("update observations set originator = 'AZ SMB Development Agency' where key = 'TA-2021'").run();
    db.$client.prepare("update observations set originator = 'An editor''s wording' where key = 'C8'").run();
    const { loadSeedData } = await import("./seed-data/load");
    const old = loadSeedData().corrections.find((c) => c.table === "claims" && c.key === "oil-transit-2024")!.from;
    db.$client.prepare("update claims set verdict = ?, finding = ? where slug = 'oil-transit-2024'").run(old.verdict, old.finding);
    runSeed(db);
    expect(one<{ o: string | null }>("select originator as o from observations where key = 'TA-2021'").o).toBeNull();
    expect(one<{ o: string | null }>("select originator as o from observations where key = 'C8'").o).toBe("An editor's wording");
    expect(one<{ v: string }>("select verdict as v from claims where slug = 'oil-transit-2024'").v).toBe("overstated");
  });

  it("removes the inferred 2018 cargo point of an older seed and moves the two-country oil volume to its own indicator", () => {
    const titr = one<{ id: number }>("select id from indicators where slug = 'titr-cargo'").id;
    const src = one<{ id: number }>("select source_id as id from observations where key = 'T1-2025'").id;
    db.$client
      .prepare(
        "insert into observations (key, indicator_id, period_start, period_end, period_label, period_type, value, status, reporter, source_id, confidence, updated_at, updated_by) values ('T1-2018', ?, '2018-01-01', '2018-12-31', '2018', 'year', 0.8, 'actual', 'kz', ?, 'medium', 'x', 'seed')",
      )
      .run(titr, src);
    db.$client.prepare("update observations set indicator_id = (select id from indicators where slug = 'oil-transit-btc') where key = 'O11'").run();
    runSeed(db);
    expect(one<{ n: number }>("select count(*) as n from observations where key = 'T1-2018'").n).toBe(0);
    expect(one<{ s: string }>("select i.slug as s from observations o join indicators i on i.id = o.indicator_id where o.key = 'O11'").s).toBe("oil-transit-btc-kz-tm");
  });
});

describe("seed data files", () => {
  it("refuse a row with a bad field, naming the file, the row and the field, before anything is written", async () => {
    const { parseSeedFile } = await import("./seed-data/load");
    const { observationSeedSchema } = await import("./seed-data/schemas");
    const row = {
      key: "X1",
      indicator: "trade-turnover",
      source: "s",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      periodLabel: "2025",
      periodType: "year",
      value: 1,
      status: "actuall",
      reporter: "az",
      confidence: "high",
    };
    expect(() => parseSeedFile("observations.json", observationSeedSchema, JSON.stringify([row]))).toThrow(/observations\.json row 1 \(X1\), status/);
    expect(() => parseSeedFile("observations.json", observationSeedSchema, JSON.stringify([{ ...row, status: "actual", valu: 2 }]))).toThrow(/Unrecognized key/);
  });
});

describe("seed translations in an existing database", () => {
  const count = (d: AppDatabase) => (d.$client.prepare("select count(*) as n from content_translations").get() as { n: number }).n;

  it("reach a database seeded before they existed, as machine translations awaiting review", () => {
    const t = tempDatabase({ seed: true });
    try {
      const seeded = count(t.db);
      expect(seeded).toBeGreaterThan(400);
      t.db.$client.prepare("delete from content_translations").run();
      expect(seedTranslations(t.db).translationsWritten).toBe(seeded);
      expect(count(t.db)).toBe(seeded);
      expect(t.db.$client.prepare("select count(*) as n from content_translations where origin = 'machine' and reviewed_at is null").get()).toEqual({ n: seeded });
      expect(seedTranslations(t.db).translationsWritten).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it("leave alone a translation an editor changed, and do not bring back one an editor removed", () => {
    const t = tempDatabase({ seed: true });
    try {
      const q = t.db.$client;
      q.prepare("update content_translations set text = 'Ticarət əlaqələri', origin = 'editor' where entity = 'sector' and entity_key = 'trade' and field = 'name' and locale = 'az'").run();
      q.prepare("delete from content_translations where entity = 'sector' and entity_key = 'energy' and field = 'name' and locale = 'kk'").run();
      // The removal went through the editor, so it is in the audit trail.
      q.prepare(
        "insert into audit_log (at, user_email, action, entity, entity_id, entity_key, before, after) values ('2026-12-01T00:00:00.000Z', 'ed@example.test', 'delete', 'translation', 1, 'sector/energy/name/kk', '{}', null)",
      ).run();
      // One never touched since the seed was lost (a restored old backup, say): that one comes back.
      q.prepare("delete from content_translations where entity = 'sector' and entity_key = 'energy' and field = 'name' and locale = 'ru'").run();
      expect(seedTranslations(t.db).translationsWritten).toBe(1);
      const text = (locale: string, key: string) =>
        (q.prepare("select text from content_translations where entity = 'sector' and entity_key = ? and field = 'name' and locale = ?").get(key, locale) as { text: string } | undefined)?.text;
      expect(text("az", "trade")).toBe("Ticarət əlaqələri");
      expect(text("kk", "energy")).toBeUndefined();
      expect(text("ru", "energy")).toBe("Энергетика");
    } finally {
      t.cleanup();
    }
  });

  it("skip a translation whose entity is no longer in the database", () => {
    const t = tempDatabase({ seed: true });
    try {
      const q = t.db.$client;
      q.prepare("delete from content_translations where entity = 'milestone' and entity_key = 'G1'").run();
      q.prepare("delete from claim_evidence where milestone_id = (select id from milestones where key = 'G1')").run();
      q.prepare("delete from milestones where key = 'G1'").run();
      expect(seedTranslations(t.db).translationsWritten).toBe(0);
    } finally {
      t.cleanup();
    }
  });
});
