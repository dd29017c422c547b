import { describe, expect, it } from "vitest";
import { niceScale } from "./chart-scale";

describe("niceScale", () => {
  it("rounds the maximum up to a step and lists ticks from zero", () => {
    expect(niceScale(680)).toEqual({ max: 800, ticks: [0, 200, 400, 600, 800] });
    expect(niceScale(1.5)).toEqual({ max: 1.5, ticks: [0, 0.5, 1, 1.5] });
    expect(niceScale(77000).max).toBeGreaterThanOrEqual(77000);
  });
  it("never divides by zero", () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
