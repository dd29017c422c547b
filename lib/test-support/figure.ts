import type { Figure } from "../figures";

let nextId = 1;

/** A sourced figure for unit tests; override what the test is about. */
export function figure(p: Partial<Figure> = {}): Figure {
  const id = nextId++;
  const periodEnd = p.periodEnd ?? "2024-12-31";
  return {
    id,
    key: `K${id}`,
    value: 1,
    periodStart: "2024-01-01",
    periodEnd,
    reporter: "az",
    indicatorSlug: "trade-turnover",
    indicatorName: "Bilateral trade turnover",
    unit: "USD million",
    qualifier: "exact",
    periodLabel: periodEnd.slice(0, 4),
    periodType: "year",
    status: "actual",
    confidence: "high",
    note: null,
    source: { id: 1, title: "Trade in 2024", publisher: "Trend", originator: "State Customs Committee of Azerbaijan", url: "https://example.org/a", publishedOn: "2025-10-10" },
    ...p,
  };
}
