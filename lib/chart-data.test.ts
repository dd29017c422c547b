import { describe, expect, it } from "vitest";
import { buildChartData, chartPlanFor, markDocuments, placeMarkers } from "./chart-data";
import type { Figure } from "./figures";
import { figure } from "./test-support/figure";

const labels = {
  reporter: { az: "Azerbaijani side", kz: "Kazakh side", other: "Other" },
  status: { actual: "actual", preliminary: "preliminary", estimate: "estimate", forecast: "forecast", target: "target", plan: "plan" },
} as const;

/** The tests below read publishers and publication dates; pin them. */
const fig = (p: Partial<Figure>): Figure => figure({ source: { id: 1, title: "t", publisher: "P", originator: null, url: "https://example.org", publishedOn: "2024-01-01" }, ...p });

describe("buildChartData", () => {
  it("groups two reporters' figures for one period into one row with two series, never summing them", () => {
    const data = buildChartData(
      [
        fig({ value: 470, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "az" }),
        fig({ value: 533.4, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "kz" }),
        fig({ value: 529.4, periodStart: "2023-01-01", periodEnd: "2023-12-31", reporter: "kz" }),
      ],
      "period",
      "reporter",
      labels,
    );
    expect(data.series.map((s) => s.key).sort()).toEqual(["az", "kz"]);
    expect(data.rows.map((r) => r.label)).toEqual(["2023", "2024"]);
    expect(data.rows[0]?.cells.az).toBeUndefined();
    expect(data.rows[1]?.cells.az?.value).toBe(470);
    expect(data.rows[1]?.cells.kz?.value).toBe(533.4);
  });

  it("shows the most recently published of two figures for one bar and counts the other", () => {
    const older = fig({ value: 461.9, periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "kz" });
    const revised = fig({ value: 463.3, periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "kz", source: { ...older.source, id: 2, publishedOn: "2024-03-05" } });
    for (const order of [[older, revised], [revised, older]]) {
      const data = buildChartData(order, "period", "reporter", labels);
      expect(data.rows).toHaveLength(1);
      expect(data.rows[0]?.cells.kz?.value).toBe(463.3);
      expect(data.rows[0]?.cells.kz?.alternatives).toBe(1);
    }
  });

  it("labels non-outturn figures with their status when each figure is its own bar", () => {
    const data = buildChartData(
      [
        fig({ value: 1.5, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "kz", periodLabel: "2024" }),
        fig({ value: 1.2, periodStart: "2025-01-01", periodEnd: "2025-12-31", reporter: "kz", periodLabel: "2025", status: "forecast" }),
      ],
      "observation",
      "single",
      labels,
    );
    expect(data.rows.map((r) => r.label)).toEqual(["2024", "2025 (forecast)"]);
    expect(data.rows[1]?.cells.value?.status).toBe("forecast");
  });

  it("tells apart two bars with the same period label by publisher", () => {
    const a = fig({ value: 4.48, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "kz", periodLabel: "2024" });
    const b = fig({ value: 4.5, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "kz", periodLabel: "2024", source: { ...a.source, id: 9, publisher: "Report" } });
    const data = buildChartData([a, b], "observation", "single", labels);
    expect(data.rows.map((r) => r.label)).toEqual(["2024 (P)", "2024 (Report)"]);
  });

  it("charts both national series side by side only when both exist", () => {
    expect(chartPlanFor([fig({ value: 1, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "az" }), fig({ value: 2, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "kz" })])).toEqual({ categoryBy: "period", seriesBy: "reporter" });
    expect(chartPlanFor([fig({ value: 1, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "kz" })]).seriesBy).toBe("single");
  });
});

describe("markDocuments and placeMarkers", () => {
  const rows = [
    { key: "a", label: "2023", year: 2023, cells: {} },
    { key: "b", label: "2024", year: 2024, cells: {} },
  ];
  it("puts one document on its year and groups several of one year", () => {
    const marked = markDocuments(rows, [
      { slug: "x", title: "X", signedOn: "2024-11-13" },
      { slug: "y", title: "Y", signedOn: "2023-06-22" },
      { slug: "z", title: "Z", signedOn: "2023-04-10" },
      { slug: "old", title: "Old", signedOn: "2005-05-24" },
    ]);
    expect(marked.map((m) => [m.x, m.year, m.documents.map((d) => d.slug)])).toEqual([
      ["2023", 2023, ["y", "z"]],
      ["2024", 2024, ["x"]],
    ]);
    const m = placeMarkers(marked, (y) => `/documents?from=${y}&to=${y}`);
    expect(m).toEqual([
      { x: "2023", label: "◆2", href: "/documents?from=2023&to=2023", title: "Y; Z" },
      { x: "2024", label: "◆", href: "/documents/x", title: "X" },
    ]);
  });
});
