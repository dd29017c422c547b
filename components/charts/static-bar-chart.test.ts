import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ChartData } from "@/lib/chart-data";
import { StaticBarChart } from "./static-bar-chart";

const data: ChartData = {
  series: [{ key: "value", label: "Oil" }],
  rows: [
    { key: "a", label: "2023", year: 2023, cells: { value: { value: 1.392, status: "actual", figureId: 1, alternatives: 0 } } },
    { key: "b", label: "2025 (forecast)", year: 2025, cells: { value: { value: 1.2, status: "forecast", figureId: 2, alternatives: 0 } } },
  ],
};

describe("StaticBarChart", () => {
  const html = renderToStaticMarkup(
    createElement(StaticBarChart, {
      data,
      unitLabel: "Mt",
      bars: { 1: { value: "1.392 Mt", lines: ["2023 · actual"] }, 2: { value: "~1.2 Mt", lines: ["2025 · forecast"] } },
      hrefs: { 1: "/indicators/oil", 2: "/indicators/oil" },
    }),
  );

  it("draws each bar at its value's share of the axis maximum, on the same box as the ticks", () => {
    // niceScale(1.392) → max 1.5, so 1.392 is 92.8% and 1.2 is 80% of the plot height.
    expect(html).toMatch(/style="height:92\.8%[^"]*" data-bar="1"/);
    expect(html).toMatch(/style="height:80%[^"]*" data-bar="2"/);
    expect(html).toContain("bottom:100%");
  });

  it("makes every category a link whose name gives its value, period and status, and dashes the forecast", () => {
    expect(html).toMatch(/<a href="\/indicators\/oil"[^>]*title="2023: 1.392 Mt \(2023 · actual\)"/);
    expect(html).toMatch(/aria-label="2025 \(forecast\): ~1.2 Mt \(2025 · forecast\)"/);
    expect(html).toMatch(/data-bar="2" data-status="forecast"/);
    expect(html).toMatch(/border:2px dashed/);
  });
});
