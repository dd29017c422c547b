import { describe, expect, it } from "vitest";
import { figure } from "./test-support/figure";
import { latest, mostConfident, progressToward, samePeriod } from "./select-figures";

const fig = figure;

describe("select-figures", () => {
  it("latest prefers the later period end, then the longer period", () => {
    const ytd = fig({ key: "ytd", periodStart: "2025-01-01", periodEnd: "2025-10-31" });
    const year = fig({ key: "year", periodStart: "2024-01-01", periodEnd: "2024-12-31" });
    expect(latest([year, ytd])?.key).toBe("ytd");
    const dec = fig({ key: "dec", periodStart: "2024-12-01", periodEnd: "2024-12-31" });
    expect(latest([dec, year])?.key).toBe("year");
    expect(latest([])).toBeNull();
  });

  it("mostConfident takes the highest confidence before recency", () => {
    const highOld = fig({ key: "high", confidence: "high", periodEnd: "2024-03-01" });
    const mediumNew = fig({ key: "medium", confidence: "medium", periodEnd: "2024-07-01" });
    expect(mostConfident([mediumNew, highOld])?.key).toBe("high");
  });

  it("samePeriod matches reporter and exact period", () => {
    const base = fig({ periodStart: "2025-01-01", periodEnd: "2025-08-31", reporter: "az" });
    const other = fig({ key: "kz", periodStart: "2025-01-01", periodEnd: "2025-08-31", reporter: "kz" });
    const match = fig({ key: "growth", periodStart: "2025-01-01", periodEnd: "2025-08-31", reporter: "az" });
    expect(samePeriod([other, match], base)?.key).toBe("growth");
    expect(samePeriod([other], base)).toBeNull();
  });

  it("progressToward divides the reached figure by the target and rejects a non-positive target", () => {
    expect(progressToward(fig({ value: 1000 }), fig({ value: 600.3 }))).toBeCloseTo(0.6003, 6);
    expect(() => progressToward(fig({ value: 0 }), fig({ value: 1 }))).toThrow(RangeError);
  });
});
