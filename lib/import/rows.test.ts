import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ru } from "../i18n/ru";
import { numberField } from "../schemas/common";
import type { RawImportRow } from "./columns";
import { inferPeriod, parseImportRow, type ImportIndicator } from "./rows";

const INDICATORS: ImportIndicator[] = [
  { id: 1, slug: "trade-turnover", name: "Bilateral trade turnover", unit: "USD million" },
  { id: 2, slug: "kz-az-rail-freight", name: "Kazakhstan–Azerbaijan rail freight", unit: "thousand tonnes" },
  { id: 3, slug: "kz-share-az-wheat-imports", name: "Kazakhstan's share of Azerbaijani wheat imports", unit: "%" },
];

const good = {
  indicator: "Bilateral trade turnover",
  reporter: "Azerbaijani side",
  periodStart: "2026-01-01",
  periodEnd: "2026-01-31",
  value: "47.5",
  status: "preliminary",
  confidence: "high",
};
const row = (cells: RawImportRow["cells"], line = 2): RawImportRow => ({ line, cells: { ...good, ...cells } });
const issuesOf = (cells: RawImportRow["cells"]) => {
  const r = parseImportRow(row(cells), INDICATORS);
  return r.ok ? [] : r.issues;
};

describe("parseImportRow", () => {
  it("speaks the import page's language, keeping the file's own column headers", () => {
    const r = parseImportRow(row({ note: "=1+1" }), INDICATORS, ru);
    expect(r.ok ? [] : r.issues).toEqual([{ column: "Note", message: ru.admin.import.issues.formula }]);
    const s = parseImportRow(row({ periodStart: "" }), INDICATORS, ru);
    expect(s.ok ? [] : s.issues).toEqual([{ column: "Period start", message: "Обязательное поле" }]);
    const v = parseImportRow(row({ value: "-3" }), INDICATORS, ru);
    expect(v.ok ? [] : v.issues).toEqual([{ column: "Value", message: "Значение в единицах «млн долл. США» не может быть отрицательным" }]);
  });

  it("reads a month row: labels to codes, period type and label from the dates", () => {
    const r = parseImportRow(row({}), INDICATORS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fields).toMatchObject({ reporter: "az", status: "preliminary", periodType: "month", periodLabel: "Jan 2026", value: 47.5, qualifier: "exact" });
    expect(r.indicator.slug).toBe("trade-turnover");
  });

  it("reads a decimal comma as a decimal, and keeps every digit", () => {
    for (const [text, value] of [
      ["1,5", 1.5],
      ["0,9902", 0.9902],
      ["1 234,5", 1234.5],
      ["1\u00a0234.5", 1234.5],
      ["-0,5", -0.5],
      ["1234,567", 1234.567],
    ] as const) {
      const r = parseImportRow(row({ indicator: "kz-share-az-wheat-imports", value: text }), INDICATORS);
      expect(r.ok && r.fields.value, text).toBe(value);
    }
  });

  it("refuses thousands separators that could mean two things", () => {
    for (const text of ["1,234", "1,234.5", "1.234,5", "1,234,567", "12 34"]) expect(issuesOf({ value: text }).map((i) => i.column)).toEqual(["Value"]);
    expect(issuesOf({ value: "1,234" })[0]!.message).toContain("ambiguous");
  });

  it("refuses negatives for units that cannot be negative, and allows them for a percentage", () => {
    expect(issuesOf({ value: "-3" })).toEqual([{ column: "Value", message: "A figure in USD million cannot be negative" }]);
    expect(issuesOf({ indicator: "kz-az-rail-freight", value: "-0,1" })[0]!.message).toContain("thousand tonnes cannot be negative");
    expect(issuesOf({ indicator: "kz-share-az-wheat-imports", value: "-3" })).toEqual([]);
  });

  it("names the allowed labels for an unknown reporter, status or confidence", () => {
    const issues = issuesOf({ reporter: "Turkmen side", status: "final", confidence: "very" });
    expect(issues.map((i) => i.column)).toEqual(["Reported by", "Status", "Confidence"]);
    expect(issues[0]!.message).toContain("Azerbaijani side, Kazakh side, Joint or other");
    expect(issues[1]!.message).toContain("actual, preliminary");
  });

  it("accepts the labels in any case and the short forms", () => {
    for (const reporter of ["kazakh side", "KZ-side", "kz"]) {
      const r = parseImportRow(row({ reporter }), INDICATORS);
      expect(r.ok && r.fields.reporter).toBe("kz");
    }
  });

  it("refuses bad dates with the reason, per cell", () => {
    expect(issuesOf({ periodStart: "2026-02-30" })).toEqual([{ column: "Period start", message: "This date does not exist" }]);
    expect(issuesOf({ periodEnd: "31.01.2026" })).toEqual([{ column: "Period end", message: "Use the form YYYY-MM-DD" }]);
    expect(issuesOf({ periodStart: "2026-02-01", periodEnd: "2026-01-31" }).map((i) => i.column)).toContain("Period end");
    expect(issuesOf({ periodStart: "" })).toEqual([{ column: "Period start", message: "Required" }]);
  });

  it("asks for the period type and label when the dates do not say them", () => {
    expect(issuesOf({ periodStart: "2026-01-15", periodEnd: "2026-02-14" }).map((i) => i.column)).toEqual(["Period type"]);
    expect(issuesOf({ periodStart: "2026-01-15", periodEnd: "2026-02-14", periodType: "cumulative" }).map((i) => i.column)).toEqual(["Period label"]);
    expect(issuesOf({ periodStart: "2026-01-15", periodEnd: "2026-02-14", periodType: "cumulative", periodLabel: "mid-Jan to mid-Feb 2026" })).toEqual([]);
  });

  it("refuses unknown indicators and formulas", () => {
    expect(issuesOf({ indicator: "GDP" })[0]).toMatchObject({ column: "Indicator" });
    expect(issuesOf({ note: "=cmd|' /C calc'!A0" })[0]).toMatchObject({ column: "Note", message: expect.stringContaining("formula") });
    expect(issuesOf({ indicator: "@SUM(A1)" })[0]).toMatchObject({ column: "Indicator", message: expect.stringContaining("formula") });
    expect(issuesOf({ value: "=1+1" })[0]).toMatchObject({ column: "Value" });
  });

  it("refuses very long cells and text-direction controls", () => {
    expect(issuesOf({ note: "x".repeat(6000) })[0]!.message).toContain("longer than");
    expect(issuesOf({ note: "abc\u202Edef" })[0]).toMatchObject({ column: "Note", message: expect.stringContaining("text-direction") });
  });

  it("validates inline sources with the source form's schema", () => {
    expect(issuesOf({ sourceUrl: "javascript:alert(1)", sourceTitle: "T", sourcePublisher: "P" }).map((i) => i.column)).toContain("Source URL");
    expect(issuesOf({ sourceTitle: "T" })).toEqual([{ column: "Source URL", message: "A source needs its URL" }]);
    const r = parseImportRow(
      row({ sourceUrl: "https://stat.gov.kz/x", sourceTitle: "Foreign trade, Jan 2026", sourcePublisher: "Bureau of National Statistics", sourceDate: "2026-02-15" }),
      INDICATORS,
    );
    expect(r.ok && r.source).toEqual({ kind: "url", url: "https://stat.gov.kz/x", fields: expect.objectContaining({ publisher: "Bureau of National Statistics", publishedOn: "2026-02-15" }) });
  });

  it("never throws on generated hostile rows, and reports every problem against a known column", () => {
    const columns = ["indicator", "reporter", "periodStart", "periodEnd", "value", "status", "confidence", "note", "sourceUrl", "periodLabel", "qualifier"] as const;
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("=cmd|' /C calc'!A0", "+1+1", "@SUM(A1:A9)", "\uFEFF47,5", "1e309", "NaN", "-0", "0x10", "\u0000", "<script>", "1,5\r\n", "'", '"'),
      fc.string({ minLength: 4000, maxLength: 6000 }),
    );
    fc.assert(
      fc.property(fc.record(Object.fromEntries(columns.map((c) => [c, hostile])) as Record<(typeof columns)[number], fc.Arbitrary<string>>, { requiredKeys: [] }), (cells) => {
        const r = parseImportRow({ line: 3, cells }, INDICATORS);
        if (r.ok) {
          expect(Number.isFinite(r.fields.value)).toBe(true);
          expect(r.fields.value >= 0).toBe(true);
        } else {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.message.length).toBeLessThan(400);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("numberField, shared with the editor form", () => {
  it("reads 1,5 as 1.5 in the form too", () => {
    expect(numberField.parse("1,5")).toBe(1.5);
    expect(numberField.safeParse("1,234").success).toBe(false);
  });
});

describe("inferPeriod", () => {
  it("knows months, years and January-to-month spans", () => {
    expect(inferPeriod("2026-02-01", "2026-02-28")).toEqual({ type: "month", label: "Feb 2026" });
    expect(inferPeriod("2028-02-01", "2028-02-29")).toEqual({ type: "month", label: "Feb 2028" });
    expect(inferPeriod("2025-01-01", "2025-12-31")).toEqual({ type: "year", label: "2025" });
    expect(inferPeriod("2025-01-01", "2025-10-31")).toEqual({ type: "year_to_date", label: "Jan–Oct 2025" });
    expect(inferPeriod("2025-03-01", "2025-10-31")).toBeNull();
    expect(inferPeriod("2026-02-01", "2026-02-27")).toBeNull();
  });
});
