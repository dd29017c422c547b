import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseForFile } from "../../lib/test-support/temp-db";
import type { RawImportRow } from "../../lib/import/columns";
import { createUser } from "../auth/users";
import type { AppDatabase } from "../connection";
import { auditLog, observations, sources } from "../schema";
import { ConflictError } from "./errors";
import { applyImport, planImport, type ImportAuditAfter } from "./import";
import { updateObservation } from "./observations";
import { revertChange } from "./revert";
import { listIndicatorHistory } from "../queries/history";

let db: AppDatabase;
/** The number every page cache checks (db/schema/content-version.ts). */
const getContentVersion = (d: AppDatabase) => d.get<{ v: number }>(sql`select version as v from content_version where id = 1`)!.v;
databaseForFile({ seed: true }, (d) => (db = d));
const actor = { id: 0, email: "editor@example.test" };
beforeAll(async () => {
  actor.id = (await createUser(db, { email: actor.email, role: "editor", password: "a-long-password" })).id;
});

const SOURCE = { sourceUrl: "https://stat.gov.kz/en/release-2027-01", sourceTitle: "Foreign trade of Kazakhstan, 2026", sourcePublisher: "Bureau of National Statistics", sourceDate: "2026-01-15" };
const monthly = (year: number, values: string[], extra: RawImportRow["cells"] = {}): RawImportRow[] =>
  values.map((value, i) => {
    const m = String(i + 1).padStart(2, "0");
    const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
    return {
      line: i + 2,
      cells: {
        indicator: "trade-turnover",
        reporter: "Kazakh side",
        periodStart: `${year}-${m}-01`,
        periodEnd: `${year}-${m}-${last}`,
        value,
        status: "preliminary",
        confidence: "high",
        ...SOURCE,
        ...extra,
      },
    };
  });
const counts = () => ({
  observations: db.get<{ n: number }>(sql`select count(*) as n from observations`)!.n,
  sources: db.get<{ n: number }>(sql`select count(*) as n from sources`)!.n,
  audit: db.get<{ n: number }>(sql`select count(*) as n from audit_log`)!.n,
});
const keyRow = (key: string) => db.select().from(observations).where(eq(observations.key, key)).get()!;
const edit = (key: string, value: number) => {
  const o = keyRow(key);
  return updateObservation(db, { id: o.id, version: o.version, fields: { ...o, value, note: o.note ?? undefined }, actor });
};

describe("planImport", () => {
  it("previews new figures, a change with before and after at stored precision, and unchanged rows", () => {
    const rows = [
      ...monthly(2030, ["40,5", "41.25"]),
      {
        line: 10,
        cells: { indicator: "trade-turnover", reporter: "az", periodStart: "2025-01-01", periodEnd: "2025-08-31", value: "547,6512", status: "preliminary", confidence: "medium", ...SOURCE },
      },
      {
        line: 11,
        cells: {
          indicator: "trade-turnover",
          reporter: "az",
          periodStart: "2025-01-01",
          periodEnd: "2025-10-31",
          value: String(keyRow("TA-2025-10m").value),
          status: "preliminary",
          confidence: keyRow("TA-2025-10m").confidence,
        },
      },
    ];
    const plan = planImport(db, { rows });
    expect(plan.counts).toEqual({ new: 2, changed: 1, unchanged: 1, conflict: 0, invalid: 0 });
    expect(plan.rows[0]).toMatchObject({ status: "new", periodLabel: "Jan 2030", value: "40.5", indicator: "Bilateral trade turnover", source: expect.stringContaining("new source") });
    const change = plan.rows[2]!;
    expect(change.status).toBe("changed");
    expect(change.changes).toContainEqual({ field: "Value", before: "547.6", after: "547.6512" });
    expect(change.changes.map((c) => c.field)).toContain("Source");
    expect(plan.newSources).toHaveLength(1);
  });

  it("refuses duplicate rows, a period two figures share, and rows without a source", () => {
    const [a] = monthly(2030, ["1"]);
    const plan = planImport(db, {
      rows: [
        a!,
        { ...a!, line: 3 },
        { line: 4, cells: { indicator: "trade-turnover", reporter: "kz", periodStart: "2022-01-01", periodEnd: "2022-12-31", value: "462", status: "actual", confidence: "high", ...SOURCE } },
        { line: 5, cells: { indicator: "trade-turnover", reporter: "kz", periodStart: "2031-01-01", periodEnd: "2031-01-31", value: "1", status: "actual", confidence: "high" } },
      ],
    });
    expect(plan.rows.map((r) => r.status)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    expect(plan.rows[0]!.issues[0]!.message).toContain("row 3");
    expect(plan.rows[1]!.issues[0]!.message).toContain("row 2");
    expect(plan.rows[2]!.issues[0]!.message).toMatch(/2 figures exist .*TK-2022/);
    expect(plan.rows[3]!.issues[0]).toMatchObject({ column: "Source URL", message: expect.stringContaining("Name the source") });
    const withDefault = planImport(db, {
      rows: [
        plan.rows[3] && { line: 5, cells: { indicator: "trade-turnover", reporter: "kz", periodStart: "2031-01-01", periodEnd: "2031-01-31", value: "1", status: "actual", confidence: "high" } },
      ].filter(Boolean) as RawImportRow[],
      defaultSourceId: 1,
    });
    expect(withDefault.counts.new).toBe(1);
  });

  it("marks a row whose figure was edited after the file's version or as-of time as a conflict", () => {
    const o = keyRow("TA-2025-7m");
    const cells = { indicator: "trade-turnover", reporter: "az", periodStart: o.periodStart, periodEnd: o.periodEnd, value: "520", status: "preliminary", confidence: o.confidence, ...SOURCE };
    const stale = planImport(db, { rows: [{ line: 2, cells: { ...cells, expectedVersion: String(o.version + 5) } }] });
    expect(stale.rows[0]).toMatchObject({ status: "conflict", issues: [{ column: "Expected version", message: expect.stringContaining(`now ${o.version}`) }] });
    expect(planImport(db, { rows: [{ line: 2, cells: { ...cells, expectedVersion: String(o.version) } }] }).rows[0]!.status).toBe("changed");
    expect(planImport(db, { rows: [{ line: 2, cells }], asOf: "2000-01-01T00:00:00.000Z" }).rows[0]!.status).toBe("conflict");
  });
});

describe("applyImport", () => {
  it("writes 12 figures, their new source and ONE audit entry naming the rows, in one transaction; the public version moves", () => {
    const rows = monthly(2027, ["51,1", "52.2", "53", "54", "55", "56", "57", "58", "59", "60", "61", "0,9902"]);
    const before = counts();
    const version = getContentVersion(db);
    const plan = planImport(db, { rows });
    const result = applyImport(db, { rows, fingerprint: plan.fingerprint, fileName: "kz-2027.csv", actor });
    expect(result).toMatchObject({ created: 12, updated: 0, sources: 1 });
    expect(counts()).toEqual({ observations: before.observations + 12, sources: before.sources + 1, audit: before.audit + 1 });
    expect(getContentVersion(db)).toBeGreaterThan(version);
    const entry = db.select().from(auditLog).where(eq(auditLog.id, result.auditId)).get()!;
    expect(entry).toMatchObject({ action: "import", entity: "import", entityKey: "kz-2027.csv", userEmail: actor.email });
    const after = JSON.parse(entry.after!) as ImportAuditAfter;
    expect(after.rows.map((r) => `${r.indicator} · ${r.periodLabel}`)).toEqual(
      ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m) => `Bilateral trade turnover · ${m} 2027`),
    );
    const dec = db.select().from(observations).where(eq(observations.key, "trade-turnover-kz-2027-12-31")).get()!;
    expect(dec.value).toBe(0.9902);
    expect(db.select().from(sources).where(eq(sources.id, dec.sourceId)).get()).toMatchObject({ url: SOURCE.sourceUrl, key: "import-2026-01-15-bureau-of-national-statistics" });
    // The same file again changes nothing.
    const again = planImport(db, { rows });
    expect(again.counts).toMatchObject({ unchanged: 12 });
    expect(() => applyImport(db, { rows, fingerprint: again.fingerprint, fileName: "kz-2027.csv", actor })).toThrow("Nothing to import");
  });

  it("refuses when a figure was saved between preview and apply, and writes nothing", () => {
    const rows = [
      { line: 2, cells: { indicator: "trade-turnover", reporter: "az", periodStart: "2025-01-01", periodEnd: "2025-08-31", value: "548", status: "preliminary", confidence: "medium", ...SOURCE } },
      ...monthly(2028, ["1", "2"]),
    ];
    const plan = planImport(db, { rows });
    edit("TA-2025-8m", 549);
    const before = counts();
    expect(() => applyImport(db, { rows, fingerprint: plan.fingerprint, fileName: "x.csv", actor })).toThrow(/changed after your preview/);
    expect(counts()).toEqual(before);
    expect(keyRow("TA-2025-8m").value).toBe(549);
  });

  it("refuses a file with an invalid row, even with a matching fingerprint", () => {
    const rows = [...monthly(2029, ["1", "-2"])];
    const plan = planImport(db, { rows });
    expect(plan.rows[1]).toMatchObject({ status: "invalid", issues: [{ column: "Value", message: "A figure in USD million cannot be negative" }] });
    const before = counts();
    expect(() => applyImport(db, { rows, fingerprint: plan.fingerprint, fileName: "x.csv", actor })).toThrow(ConflictError);
    expect(counts()).toEqual(before);
  });

  it("rolls back every figure, source and the audit entry when it fails half-way", () => {
    const rows = monthly(2032, ["1", "2", "3", "4", "5", "6"], { sourceUrl: "https://example.org/rollback" });
    const before = counts();
    const version = getContentVersion(db);
    const plan = planImport(db, { rows });
    expect(() =>
      applyImport(db, {
        rows,
        fingerprint: plan.fingerprint,
        fileName: "x.csv",
        actor,
        afterWrite: (n) => {
          if (n === 4) throw new Error("disk full");
        },
      }),
    ).toThrow("disk full");
    expect(counts()).toEqual(before);
    expect(getContentVersion(db)).toBe(version);
  });
});

describe("reverting an import", () => {
  it("undoes every figure and the new source in one step, and lists the figures in the public history first", () => {
    const rows = [
      ...monthly(2033, ["7", "8"], { sourceUrl: "https://example.org/revert" }),
      {
        line: 9,
        cells: {
          indicator: "trade-turnover",
          reporter: "az",
          periodStart: "2025-01-01",
          periodEnd: "2025-10-31",
          value: "601",
          status: "preliminary",
          confidence: "medium",
          sourceUrl: "https://example.org/revert",
          sourceTitle: SOURCE.sourceTitle,
          sourcePublisher: SOURCE.sourcePublisher,
          sourceDate: SOURCE.sourceDate,
        },
      },
    ];
    const before = counts();
    const oldValue = keyRow("TA-2025-10m").value;
    const { auditId } = applyImport(db, { rows, fingerprint: planImport(db, { rows }).fingerprint, fileName: "r.csv", actor });
    const history = listIndicatorHistory({ slug: "trade-turnover" }, db);
    expect(history.slice(0, 3).map((h) => [h.periodLabel, h.action, h.to?.value])).toEqual([
      ["Jan–Oct 2025", "update", 601],
      ["Feb 2033", "create", 8],
      ["Jan 2033", "create", 7],
    ]);
    expect(new Set(history.map((h) => h.id)).size).toBe(history.length);
    revertChange(db, { auditId, actor });
    expect(counts()).toEqual({ ...before, audit: before.audit + 2 });
    expect(keyRow("TA-2025-10m").value).toBe(oldValue);
  });

  it("is refused when a figure it wrote changed since", () => {
    const rows = monthly(2034, ["7"]);
    const { auditId } = applyImport(db, { rows, fingerprint: planImport(db, { rows }).fingerprint, fileName: "r.csv", actor });
    edit("trade-turnover-kz-2034-01-31", 9);
    expect(() => revertChange(db, { auditId, actor })).toThrow(/Row 2 .*changed after the import/);
  });
});

describe("a new source dated in the future", () => {
  it("is refused: it would move every page's Data as of", () => {
    const plan = planImport(db, { rows: monthly(2035, ["1"], { sourceUrl: "https://example.org/future", sourceDate: "2999-01-01" }) });
    expect(plan.rows[0]).toMatchObject({ status: "invalid", issues: [{ column: "Source date", message: "1 Jan 2999 is after today" }] });
  });
});

describe("the editor form's save, under the same rules", () => {
  it("refuses a negative tonnage with the field named", () => {
    const freight = db
      .select()
      .from(observations)
      .where(sql`indicator_id = (select id from indicators where slug = 'kz-az-rail-freight')`)
      .get()!;
    expect(() => updateObservation(db, { id: freight.id, version: freight.version, fields: { ...freight, value: -1, note: freight.note ?? undefined }, actor })).toThrow(
      expect.objectContaining({ name: "InvalidFieldsError", fieldErrors: { "fields.value": "A figure in thousand tonnes cannot be negative" } }),
    );
    expect(keyRow(freight.key).version).toBe(freight.version);
  });
});
