import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/lib/charts/model";
import { figure } from "@/lib/test-support/figure";
import { chartMarkup } from "./chart-markup";

const year = (y: number, value: number) => figure({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y), value, reporter: "kz" });
const model = buildChartModel({ id: "t", title: "T", unit: "million tonnes", figures: [year(2022, 1), year(2023, 2)], today: new Date("2026-12-01T00:00:00Z") });

describe("chartMarkup", () => {
  it("draws the page's chart without what only the page needs: hit areas, tooltip data, colour variables", () => {
    const { svg, width, height } = chartMarkup(model, "wide");
    expect(svg).toContain("<svg");
    expect(svg).toContain('data-role="tick"');
    expect(svg).not.toContain("chart-hit");
    expect(svg).not.toMatch(/data-tip-|data-href|data-ring/);
    expect(svg).not.toContain("var(--");
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(100);
  });
});
