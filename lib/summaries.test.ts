import { describe, expect, it } from "vitest";
import { figure } from "./test-support/figure";
import { findDisagreements, growthMultiple, growthStatements, latestGapStatement, progressStatements } from "./summaries";

const fig = figure;
const year = (y: number) => ({ periodLabel: String(y), periodStart: `${y}-01-01`, periodEnd: `${y}-12-31` });

describe("summaries", () => {
  it("computes growth between the first and last full year of each side", () => {
    const s = growthStatements([
      fig({ ...year(2019), value: 229.6 }),
      fig({ ...year(2024), value: 470 }),
      fig({ ...year(2020), value: 109, reporter: "kz" }),
      fig({ ...year(2024), value: 533.4, reporter: "kz" }),
    ]);
    const az = s.find((x) => x.kind === "growth" && x.reporter === "az");
    const kz = s.find((x) => x.kind === "growth" && x.reporter === "kz");
    expect(az?.kind === "growth" && az.multiple).toBeCloseTo(470 / 229.6, 6);
    expect(kz?.kind === "growth" && kz.multiple).toBeCloseTo(533.4 / 109, 6);
  });

  it("ignores forecasts, year-to-date figures and single years when computing growth", () => {
    expect(growthStatements([fig({ ...year(2024), value: 1.5 }), fig({ ...year(2025), value: 1.2, status: "forecast" })])).toEqual([]);
    expect(growthStatements([fig({ ...year(2024) }), fig({ periodType: "year_to_date", periodStart: "2025-01-01", periodEnd: "2025-08-31", value: 9 })])).toEqual([]);
  });

  it("refuses a growth multiple from zero or across units", () => {
    expect(growthMultiple(fig({ value: 0 }), fig({ value: 5 }))).toBeNull();
    expect(growthMultiple(fig({ value: 1 }), fig({ value: 5, unit: "Mt" }))).toBeNull();
  });

  it("finds the latest period both sides report and the gap between them", () => {
    const g = latestGapStatement([
      fig({ ...year(2023), value: 314 }),
      fig({ ...year(2023), value: 529.4, reporter: "kz" }),
      fig({ ...year(2024), value: 470 }),
      fig({ ...year(2024), value: 533.4, reporter: "kz" }),
    ]);
    expect(g?.kind).toBe("gap");
    if (g?.kind === "gap") {
      expect(g.periodLabel).toBe("2024");
      expect(g.difference).toBeCloseTo(63.4, 6);
    }
  });

  it("reports disagreements for a period, not for agreeing or single figures", () => {
    const d = findDisagreements([
      fig({ ...year(2022), value: 680 }),
      fig({ ...year(2022), value: 461.9, reporter: "kz" }),
      fig({ ...year(2021), value: 135.7 }),
      fig({ ...year(2020), value: 5 }),
      fig({ ...year(2020), value: 5, reporter: "kz" }),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]?.spread).toBeCloseTo(218.1, 6);
  });

  it("measures progress of each side's latest full-year outturn toward the latest target, never a part-year total", () => {
    const target = fig({ status: "target", value: 1000, periodType: "as_of", periodStart: "2025-10-21", periodEnd: "2025-10-21", reporter: "other" });
    const ytd = fig({ value: 600.3, periodType: "year_to_date", periodStart: "2025-01-01", periodEnd: "2025-10-31" });
    const p = progressStatements([target], [fig({ value: 470, periodStart: "2024-01-01", periodEnd: "2024-12-31" }), ytd, fig({ value: 533.4, reporter: "kz" })]);
    expect(p.map((s) => s.kind === "progress" && Math.round(s.ratio * 1000) / 1000)).toEqual([0.47, 0.533]);
    expect(progressStatements([target], [ytd])).toEqual([]);
    expect(progressStatements([], [fig({})])).toEqual([]);
  });

  it("compares a yearly-rate target with annual outturn only, never with an as-of figure", () => {
    const target = fig({ status: "target", value: 7, unit: "million tonnes a year", periodType: "as_of", periodStart: "2025-10-14", periodEnd: "2025-10-14", reporter: "other" });
    const p = progressStatements([target], [fig({ value: 1.5, unit: "million tonnes", reporter: "kz" }), fig({ value: 9, unit: "million tonnes", periodType: "as_of", reporter: "az" })]);
    expect(p).toHaveLength(1);
    expect(p[0]?.kind === "progress" && p[0].ratio).toBeCloseTo(1.5 / 7, 6);
  });

  it("measures one side's target against that side's own count only", () => {
    const target = fig({ status: "target", value: 300000, unit: "TEU", periodType: "as_of", periodStart: "2026-03-10", periodEnd: "2026-03-10", reporter: "kz" });
    const p = progressStatements([target], [fig({ value: 56500, unit: "TEU", reporter: "other" }), fig({ value: 77000, unit: "TEU", reporter: "kz" })]);
    expect(p.map((s) => s.kind === "progress" && s.reached.value)).toEqual([77000]);
  });
});
