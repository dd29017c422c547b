import { describe, expect, it } from "vitest";
import { figure } from "../test-support/figure";
import type { Gap } from "../figures";
import { buildChartModel, MAX_BANDS, MAX_DATES, preferred } from "./model";

const TODAY = new Date("2026-12-01T00:00:00Z");
const year = (y: number, p: Parameters<typeof figure>[0] = {}) => figure({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y), ...p });
const ytd = (y: number, month: string, label: string, p: Parameters<typeof figure>[0] = {}) =>
  figure({ periodStart: `${y}-01-01`, periodEnd: `${y}-${month}-${month === "10" ? "31" : "30"}`, periodLabel: label, periodType: "year_to_date", status: "preliminary", ...p });
const gap = (y: number, reporter: Gap["reporter"]): Gap => ({
  key: `g${y}${reporter}`,
  indicatorSlug: "trade-turnover",
  periodLabel: String(y),
  periodEnd: `${y}-12-31`,
  reporter,
  note: "Not found in the customs releases.",
});

describe("buildChartModel: the year axis", () => {
  it("gives every year between the first and last its slot, marking recorded gaps and years with no figure", () => {
    const m = buildChartModel({
      id: "t",
      title: "Exports",
      unit: "USD million",
      figures: [year(2019, { value: 24 }), year(2022, { value: 86.6 }), year(2023, { value: 73 })],
      gaps: [gap(2020, "az")],
      today: TODAY,
    });
    expect(m.kind).toBe("columns");
    expect(m.slots.map((s) => s.label)).toEqual(["2019", "2020", "2021", "2022", "2023"]);
    const gaps = Object.fromEntries(m.gaps.map((g) => [m.slots.find((s) => s.key === g.slot)?.label, g.recorded]));
    expect(gaps).toEqual({ "2020": true, "2021": false });
  });

  it("never puts a part-year figure on the year axis: the latest is compared with the same months a year earlier", () => {
    const figures = [
      year(2023, { value: 314 }),
      year(2024, { value: 470 }),
      ytd(2025, "08", "Jan–Aug 2025", { value: 547.6 }),
      ytd(2025, "10", "Jan–Oct 2025", { value: 600.3 }),
      ytd(2024, "10", "Jan–Oct 2024", { value: 400 }),
    ];
    const m = buildChartModel({ id: "t", title: "Trade", unit: "USD million", figures, today: TODAY });
    expect(m.slots.filter((s) => s.section === "year").map((s) => s.label)).toEqual(["2023", "2024", "2025"]);
    expect(m.slots.filter((s) => s.section === "partial").map((s) => s.label)).toEqual(["Jan–Oct 2024", "Jan–Oct 2025"]);
    const bySlot = Object.fromEntries(m.marks.map((x) => [m.slots.find((s) => s.key === x.slot)?.label, x.label]));
    expect(bySlot).toEqual({ "2023": "314", "2024": "470", "Jan–Oct 2024": "400", "Jan–Oct 2025": "600.3" });
    // The full year 2025 has no figure yet: its slot says so instead of showing a part year.
    expect(m.gaps.map((g) => m.slots.find((s) => s.key === g.slot)?.label)).toEqual(["2025"]);
    expect(m.notDrawn).toBe(1);
  });

  it("keeps each reporting side its own series, never merged", () => {
    const m = buildChartModel({
      id: "t",
      title: "Trade",
      unit: "USD million",
      figures: [year(2024, { reporter: "az", value: 470 }), year(2024, { reporter: "kz", value: 533.4 }), year(2023, { reporter: "kz", value: 529.4 })],
      today: TODAY,
    });
    expect(m.series.map((s) => s.key)).toEqual(["az", "kz"]);
    expect(m.marks.filter((x) => x.series === "az").map((x) => x.value)).toEqual([470]);
    expect(m.gaps).toHaveLength(1); // AZ side, 2023
  });

  it("draws one figure where two fall on one year of one series, the latest published, and says another exists", () => {
    const older = year(2024, { value: 4.5, source: { ...figure().source, publisher: "Report", publishedOn: "2025-10-21" } });
    const newer = year(2024, { value: 4.48, source: { ...figure().source, publisher: "Astana Times", publishedOn: "2026-03-10" } });
    const m = buildChartModel({ id: "t", title: "Cargo", unit: "million tonnes", figures: [older, newer, year(2023, { value: 2.76 })], today: TODAY });
    const mark = m.marks.find((x) => x.slot === "y2024");
    expect(mark?.value).toBe(4.48);
    expect(mark?.alternatives).toBe(1);
    expect(m.legend.some((l) => l.kind === "alternative")).toBe(true);
    expect(preferred(older, newer)).toBe(newer);
  });

  it("never lets a forecast displace an outturn of the same period", () => {
    const actual = year(2025, { value: 1.3, source: { ...figure().source, publishedOn: "2026-01-10" } });
    const forecast = year(2025, { value: 1.2, status: "forecast", source: { ...figure().source, publishedOn: "2026-02-01" } });
    expect(preferred(forecast, actual)).toBe(actual);
  });

  it("draws plans and targets as reference marks, and keeps the qualifier of every value", () => {
    const m = buildChartModel({
      id: "t",
      title: "Oil",
      unit: "million tonnes",
      figures: [year(2024, { value: 1.5, qualifier: "approx" }), year(2025, { value: 1.2, qualifier: "approx", status: "forecast" }), year(2025, { value: 1.7, status: "plan" })],
      today: TODAY,
    });
    expect(m.marks.map((x) => [x.label, x.reference])).toEqual([
      ["~1.5", false],
      ["~1.2", false],
      ["1.7", true],
    ]);
    expect(m.value.domain[1]).toBeGreaterThanOrEqual(1.7);
  });

  it("footnotes a point whose publisher is not the series' usual one", () => {
    const src = (originator: string) => ({ ...figure().source, originator });
    const m = buildChartModel({
      id: "t",
      title: "Oil",
      unit: "million tonnes",
      figures: [year(2022, { source: src("KazTransOil") }), year(2023, { source: src("KazTransOil") }), year(2024, { source: src("President K. Tokayev") })],
      today: TODAY,
    });
    expect(m.marks.map((x) => x.footnote ?? null)).toEqual([null, null, "a"]);
    expect(m.footnotes[0]?.text).toContain("President K. Tokayev");
    expect(m.footnotes[0]?.text).toContain("KazTransOil");
  });

  it("marks low-confidence figures and names them in the legend", () => {
    const m = buildChartModel({ id: "t", title: "T", unit: "USD million", figures: [year(2022, { confidence: "low-medium" }), year(2023)], today: TODAY });
    expect(m.marks.map((x) => x.lowConfidence)).toEqual([true, false]);
    expect(m.legend.some((l) => l.kind === "low")).toBe(true);
  });
});

describe("buildChartModel: other shapes of data", () => {
  it("places stocks 'as of' a date on a time axis by that date", () => {
    const asOf = (iso: string, value: number) => figure({ periodStart: iso, periodEnd: iso, periodType: "as_of", periodLabel: `as of ${iso}`, value });
    const m = buildChartModel({ id: "t", title: "Investment", unit: "USD million", figures: [asOf("2022-10-01", 204), asOf("2024-03-01", 211.4), asOf("2014-06-30", 130)], today: TODAY });
    expect(m.kind).toBe("dots");
    expect(m.marks.map((x) => new Date(x.at!).toISOString().slice(0, 10))).toEqual(["2014-06-30", "2022-10-01", "2024-03-01"]);
    expect(m.time?.ticks.map((t) => t.label)).toContain("2020");
  });

  it("draws figures of unlike periods as labelled categories, not as a year axis", () => {
    const m = buildChartModel({
      id: "t",
      title: "Grain",
      unit: "thousand tonnes",
      figures: [
        figure({ periodType: "marketing_year", periodLabel: "Sep 2024–Apr 2025 (marketing year)", periodStart: "2024-09-01", periodEnd: "2025-04-30" }),
        figure({ periodType: "month", periodLabel: "Jan 2022", periodStart: "2022-01-01", periodEnd: "2022-01-31" }),
      ],
      today: TODAY,
    });
    expect(m.kind).toBe("hbars");
    expect(m.slots.map((s) => s.label)).toEqual(["Jan 2022", "Sep 2024–Apr 2025 (marketing year)"]);
  });

  it("computes the value axis once with d3-scale: rounded, zero-based ticks", () => {
    const m = buildChartModel({ id: "t", title: "Trade", unit: "USD million", figures: [year(2023, { value: 680 }), year(2024, { value: 470 })], today: TODAY });
    expect(m.value.ticks).toEqual([0, 100, 200, 300, 400, 500, 600, 700]);
    expect(m.value.domain).toEqual([0, 700]);
    expect(m.value.decimals).toBe(0);
  });
});

describe("buildChartModel: many monthly figures", () => {
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const months = (from: number, to: number, reporter: "az" | "kz", extra: Parameters<typeof figure>[0] = {}) =>
    Array.from({ length: (to - from + 1) * 12 }, (_, i) => {
      const y = from + Math.floor(i / 12);
      const m = (i % 12) + 1;
      const mm = String(m).padStart(2, "0");
      return figure({
        id: (reporter === "az" ? 1e5 : 2e5) + i,
        key: `${reporter}-${y}-${mm}`,
        reporter,
        periodType: "month",
        periodStart: `${y}-${mm}-01`,
        periodEnd: `${y}-${mm}-28`,
        periodLabel: `${MONTHS[m - 1]} ${y}`,
        value: 10 + (i % 7),
        ...extra,
      });
    });

  it("draws at most MAX_BANDS of a monthly-only series, the latest, and counts the rest as not drawn", () => {
    const figures = [...months(2000, 2025, "az"), ...months(2000, 2025, "kz")];
    const m = buildChartModel({ id: "t", title: "Monthly", unit: "USD million", figures, today: TODAY });
    expect(m.marks.length).toBeLessThanOrEqual(MAX_BANDS);
    expect(m.notDrawn).toBe(figures.length - m.marks.length);
    expect(m.slots.at(-1)?.label).toMatch(/^Dec 2025/);
  });

  it("keeps the year axis of annual figures and the same-months comparison when months for many years sit beside them", () => {
    const annual = Array.from({ length: 30 }, (_, i) => year(1995 + i, { id: 3e5 + i, key: `y${1995 + i}`, value: 100 + i }));
    const figures = [...annual, ...months(1995, 2025, "az"), ytd(2025, "10", "Jan–Oct 2025", { id: 4e5, value: 90 }), ytd(2024, "10", "Jan–Oct 2024", { id: 4e5 + 1, value: 80 })];
    const m = buildChartModel({ id: "t", title: "Trade", unit: "USD million", figures, today: TODAY });
    expect(m.kind).toBe("lines");
    // Thirty years and the latest part year beside the same months a year earlier: no other month is a mark, none on the year axis.
    expect(m.marks.length).toBe(32);
    expect(m.marks.filter((k) => k.slot === "y2025")).toEqual([]);
    expect(m.slots.filter((s) => s.section === "partial").map((s) => s.label)).toEqual(["Dec 2024", "Dec 2025"]);
  });

  it("draws at most MAX_DATES dates of a long dated series", () => {
    const figures = Array.from({ length: 400 }, (_, i) => {
      const d = new Date(Date.UTC(1990, 0, 1 + i * 30)).toISOString().slice(0, 10);
      return figure({ id: 5e5 + i, key: `d${i}`, periodType: "as_of", periodStart: d, periodEnd: d, periodLabel: `as of ${d}`, value: i });
    });
    const m = buildChartModel({ id: "t", title: "Stock", unit: "companies", figures, today: TODAY });
    expect(m.kind).toBe("dots");
    expect(m.marks.length).toBe(MAX_DATES);
    expect(m.notDrawn).toBe(400 - MAX_DATES);
  });
});

describe("buildChartModel: recent years", () => {
  it("draws only the latest recentYears of a long year axis and counts the earlier figures as not drawn", () => {
    const figures = Array.from({ length: 30 }, (_, i) => year(1995 + i, { id: 6e5 + i, key: `r${1995 + i}`, value: 100 + i }));
    const m = buildChartModel({ id: "t", title: "Trade", unit: "USD million", figures, today: TODAY, recentYears: 15 });
    expect(m.slots.map((s) => s.label)).toEqual(Array.from({ length: 15 }, (_, i) => String(2010 + i)));
    expect(m.marks).toHaveLength(15);
    expect(m.notDrawn).toBe(15);
    expect(m.kind).toBe("columns");
  });
});
