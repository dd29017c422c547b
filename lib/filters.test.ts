import { describe, expect, it } from "vitest";
import { filtersToQuery, parseFilters, periodInRange } from "./filters";
import { parseFiltersStrict } from "./filters-strict";

describe("parseFilters (pages)", () => {
  it("reads sector and years from the URL", () => {
    expect(parseFilters(new URLSearchParams("sector=energy&from=2022&to=2025"))).toEqual({ sector: "energy", from: 2022, to: 2025, package: undefined });
    expect(parseFilters({ sector: ["trade", "energy"] }).sector).toBe("trade");
  });

  it("falls back to the default for each invalid value without failing", () => {
    expect(parseFilters(new URLSearchParams("sector=<script>&from=abc&to=2024")).sector).toBe("all");
    expect(parseFilters(new URLSearchParams("sector=<script>&from=abc&to=2024"))).toMatchObject({ from: undefined, to: 2024 });
    expect(parseFilters(new URLSearchParams("sector=ENERGY")).sector).toBe("all");
    expect(parseFilters(new URLSearchParams("from=1800&to=99999"))).toMatchObject({ from: undefined, to: undefined });
    expect(parseFilters(new URLSearchParams("package=../../etc"))).toMatchObject({ package: undefined });
  });

  it("drops a reversed year range entirely", () => {
    expect(parseFilters(new URLSearchParams("from=2025&to=2020"))).toMatchObject({ from: undefined, to: undefined });
  });
});

describe("parseFiltersStrict (API)", () => {
  it("accepts valid parameters and defaults the sector", () => {
    expect(parseFiltersStrict(new URLSearchParams("from=2020"))).toEqual({ ok: true, filters: { sector: "all", from: 2020, to: undefined, package: undefined } });
  });

  it("names each bad parameter", () => {
    const r = parseFiltersStrict(new URLSearchParams("sector=mining&from=20x0"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.sector).toMatch(/must be one of/);
      expect(r.errors.from).toMatch(/four-digit year/);
    }
    const reversed = parseFiltersStrict(new URLSearchParams("from=2025&to=2020"));
    expect(reversed.ok).toBe(false);
  });
});

describe("filtersToQuery", () => {
  it("omits defaults and round-trips through the parser", () => {
    expect(filtersToQuery({ sector: "all" })).toBe("");
    const q = filtersToQuery({ sector: "energy", from: 2022, to: 2025 });
    expect(q).toBe("?sector=energy&from=2022&to=2025");
    expect(parseFilters(new URLSearchParams(q.slice(1)))).toMatchObject({ sector: "energy", from: 2022, to: 2025 });
  });
});

describe("periodInRange", () => {
  it("keeps periods that overlap the year range", () => {
    expect(periodInRange("2005-01-01", "2022-12-31", { from: 2022 })).toBe(true);
    expect(periodInRange("2019-01-01", "2019-12-31", { from: 2020 })).toBe(false);
    expect(periodInRange("2026-01-01", "2026-12-31", { to: 2025 })).toBe(false);
    expect(periodInRange("2025-01-01", "2025-08-31", {})).toBe(true);
  });
});
