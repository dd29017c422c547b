import { describe, expect, it } from "vitest";
import { canonicalPageUrl, filteredTitle, filtersToQuery, parseFilters, parseFiltersStrict, periodInRange } from "./search-params";

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

describe("canonicalPageUrl (the page cache's key)", () => {
  it("keeps only the parameters a page is rendered from, valid and in one order", () => {
    expect(canonicalPageUrl("/", new URLSearchParams("to=2025&utm_source=x&sector=energy&from=2022"))).toBe("/?sector=energy&from=2022&to=2025");
    expect(canonicalPageUrl("/", new URLSearchParams("sector=mining&from=abc"))).toBe("/");
    expect(canonicalPageUrl("/sectors/trade", new URLSearchParams("sector=energy&from=2022"))).toBe("/sectors/trade?from=2022");
    expect(canonicalPageUrl("/documents", new URLSearchParams("package=astana-2025-10-21&to=2025"))).toBe("/documents?to=2025&package=astana-2025-10-21");
    expect(canonicalPageUrl("/source-check", new URLSearchParams("from=2022"))).toBe("/source-check");
    expect(canonicalPageUrl("/documents/joint-statement", new URLSearchParams("a=b"))).toBe("/documents/joint-statement");
  });

  it("is null for anything that is not a public page", () => {
    for (const path of ["/admin", "/api/health", "/login", "/sectors/Trade", "/sectors/trade/x", "/favicon.ico"]) expect(canonicalPageUrl(path, new URLSearchParams())).toBeNull();
  });

  it("gives every URL that parses to the same filters the same key", () => {
    const a = canonicalPageUrl("/", new URLSearchParams("from=2025&to=2020&sector=trade"));
    expect(a).toBe(canonicalPageUrl("/", new URLSearchParams("sector=trade")));
  });
});

describe("filteredTitle", () => {
  it("names the filters in effect, and nothing for the defaults", () => {
    const names = { energy: "Energy" };
    expect(filteredTitle("Overview", { sector: "all" })).toBe("Overview");
    expect(filteredTitle("Overview", { sector: "energy", from: 2022, to: 2025 }, names)).toBe("Overview: Energy, 2022–2025");
    expect(filteredTitle("Trade", { from: 2022 })).toBe("Trade: from 2022");
    expect(filteredTitle("Documents", { sector: "all", package: "astana-2025-10-21", to: 2025 })).toBe("Documents: astana-2025-10-21, to 2025");
  });
});
