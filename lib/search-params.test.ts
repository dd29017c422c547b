import { describe, expect, it } from "vitest";
import { canonicalPageUrl, filtersToQuery, parseFilters, parseFiltersStrict, periodInRange } from "./search-params";
import { filteredTitle } from "./filtered-title";

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
    expect(canonicalPageUrl("/en", new URLSearchParams("to=2025&utm_source=x&sector=energy&from=2022"))).toBe("/en?sector=energy&from=2022&to=2025");
    expect(canonicalPageUrl("/en", new URLSearchParams("sector=mining&from=abc"))).toBe("/en");
    expect(canonicalPageUrl("/kk/sectors/trade", new URLSearchParams("sector=energy&from=2022"))).toBe("/kk/sectors/trade?from=2022");
    expect(canonicalPageUrl("/ru/documents", new URLSearchParams("package=astana-2025-10-21&to=2025"))).toBe("/ru/documents?to=2025&package=astana-2025-10-21");
    expect(canonicalPageUrl("/az/source-check", new URLSearchParams("from=2022"))).toBe("/az/source-check");
    expect(canonicalPageUrl("/ru/documents/joint-statement", new URLSearchParams("a=b"))).toBe("/ru/documents/joint-statement");
  });

  it("is null for anything that is not a public page", () => {
    for (const path of [
      "/admin",
      "/en/admin",
      "/api/health",
      "/login",
      "/en/login",
      "/sectors/Trade",
      "/en/sectors/Trade",
      "/en/sectors/trade/x",
      "/favicon.ico",
      "/",
      "/sectors/trade",
      "/de/sectors/trade",
      "/en/embed/panels/trade",
    ])
      expect(canonicalPageUrl(path, new URLSearchParams())).toBeNull();
  });

  it("keeps each language its own page, and the embeds without one", () => {
    const keys = ["az", "kk", "ru", "en"].map((l) => canonicalPageUrl(`/${l}/sectors/energy`, new URLSearchParams("from=2023")));
    expect(new Set(keys).size).toBe(4);
    expect(keys[1]).toBe("/kk/sectors/energy?from=2023");
    expect(canonicalPageUrl("/embed/panels/trade", new URLSearchParams("theme=dark"))).toBe("/embed/panels/trade?theme=dark");
  });

  it("gives every URL that parses to the same filters the same key", () => {
    const a = canonicalPageUrl("/en", new URLSearchParams("from=2025&to=2020&sector=trade"));
    expect(a).toBe(canonicalPageUrl("/en", new URLSearchParams("sector=trade")));
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
