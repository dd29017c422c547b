import { describe, expect, it } from "vitest";
import { indicatorChartExport, markedDocuments, panelChartExport } from "./chart-export";
import { frameFromExport } from "./frame";
import { figure } from "../test-support/figure";

const source = (id: number, publishedOn: string | null) => ({ id, title: `S${id}`, publisher: `P${id}`, originator: null, url: `https://example.org/${id}`, publishedOn });

describe("panelChartExport", () => {
  const first = figure({ key: "TK-2022", value: 461.9, periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "kz", source: source(1, "2023-04-11") });
  const revised = figure({ key: "TK-2022-rev", value: 463.3, periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "kz", source: source(2, "2024-03-05") });
  const az = figure({ key: "TA-2021", value: 135.7, periodStart: "2021-01-01", periodEnd: "2021-12-31", reporter: "az", source: source(3, null) });
  const spec = panelChartExport({ sector: { slug: "trade", name: "Trade" }, figures: [first, revised, az], spec: { categoryBy: "period", seriesBy: "reporter" }, filters: { from: 2021, to: 2024 } });

  it("lists the plotted bars in drawing order and leaves out the figure a newer report replaced", () => {
    expect(spec.points.map((p) => p.key)).toEqual(["TA-2021", "TK-2022-rev"]);
    expect(spec.points[1]).toMatchObject({ category: "2022", seriesKey: "kz", value: 463.3, reporter: "kz" });
  });

  it("names its CSV URL with the filters, its file by content, and its data date by the newest source", () => {
    expect(spec.csvPath).toBe("/api/panels/trade?format=csv&from=2021&to=2024");
    expect(spec.fileBase).toBe("trade-turnover-az-and-kz-sides-2021-2022");
    expect(spec.dataAsOf).toBe("2024-03-05");
    expect(spec.title).toBe("Bilateral trade turnover");
    expect(spec.unit).toBe("USD million");
  });

  it("is titled by the sector when it charts several indicators", () => {
    const two = panelChartExport({
      sector: { slug: "investment", name: "Investment" },
      figures: [
        figure({ indicatorSlug: "investment-az-in-kz", indicatorName: "AZ in KZ", value: 1, periodStart: "2024-01-01", periodEnd: "2024-03-31", reporter: "other" }),
        figure({ indicatorSlug: "investment-kz-in-az", indicatorName: "KZ in AZ", value: 2, periodStart: "2024-01-01", periodEnd: "2024-03-31", reporter: "other" }),
      ],
      spec: { categoryBy: "report", seriesBy: "indicator", layout: "vertical" },
      filters: {},
    });
    expect(two.title).toBe("Investment");
    expect(two.layout).toBe("vertical");
    expect(two.chart.series.map((s) => s.label)).toEqual(["AZ in KZ", "KZ in AZ"]);
    expect(two.csvPath).toBe("/api/panels/investment?format=csv");
    expect(two.fileBase).toBe("investment-az-in-kz-and-kz-in-az-2024");
  });
});

describe("document markers", () => {
  const years = [2023, 2024, 2025].map((y) => figure({ key: `Y${y}`, value: y - 2000, periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, reporter: "kz" }));
  const documents = markedDocuments([
    { slug: "a", title: "Agreement A", signedOn: "2024-11-13" },
    { slug: "b", title: null, signedOn: "2025-10-21" },
    { slug: "c", title: "Agreement C", signedOn: "2025-03-05" },
    { slug: "old", title: "Old", signedOn: "2005-05-24" },
  ]);

  it("marks each signing year the chart shows, with every document of that year, and names an unidentified one as such", () => {
    const spec = panelChartExport({ sector: { slug: "energy", name: "Energy" }, figures: years, spec: { categoryBy: "period", seriesBy: "reporter" }, filters: {}, documents });
    expect(spec.markers.map((m) => [m.x, m.documents.map((d) => d.slug)])).toEqual([
      ["2024", ["a"]],
      ["2025", ["b", "c"]],
    ]);
    expect(spec.markers[1]?.documents[0]?.title).toBe("Document not yet identified");
    const frame = frameFromExport(spec, "https://monitor.example/");
    expect(frame.markers).toEqual([
      { category: "2024", count: 1 },
      { category: "2025", count: 2 },
    ]);
    expect(frame.documents?.lines).toEqual(["13 Nov 2024 · Agreement A", "21 Oct 2025 · Document not yet identified", "5 Mar 2025 · Agreement C"]);
  });

  it("marks nothing on horizontal bars or without documents", () => {
    const vertical = panelChartExport({ sector: { slug: "energy", name: "Energy" }, figures: years, spec: { categoryBy: "period", seriesBy: "reporter", layout: "vertical" }, filters: {}, documents });
    expect(vertical.markers).toEqual([]);
    const none = indicatorChartExport({ indicator: { slug: "x", name: "X", sector: { slug: "energy", name: "Energy" } }, figures: years, filters: {} });
    expect(none.markers).toEqual([]);
    expect(frameFromExport(none, "https://monitor.example/").documents).toBeNull();
  });
});

describe("indicatorChartExport", () => {
  it("charts what the indicator page charts: full years and the year in progress of a long series", () => {
    const years = [2021, 2022, 2023].map((y) => figure({ key: `Y${y}`, value: y - 2000, periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, reporter: "az" }));
    const oldPartial = figure({ key: "H1-2022", periodType: "half_year", value: 5, periodStart: "2022-01-01", periodEnd: "2022-06-30", reporter: "az" });
    const spec = indicatorChartExport({ indicator: { slug: "trade-turnover", name: "Bilateral trade turnover", sector: { slug: "trade", name: "Trade" } }, figures: [...years, oldPartial], filters: {} });
    expect(spec.points.map((p) => p.key)).toEqual(["Y2021", "Y2022", "Y2023"]);
    expect(spec.csvPath).toBe("/api/indicators/trade-turnover?format=csv");
    expect(spec.fileBase).toBe("trade-turnover-az-side-2021-2023");
  });
});
