import { describe, expect, it } from "vitest";
import { decodeDocumentsView, decodeOverviewView, decodeRangeView, viewPathFor } from "./views";

describe("views", () => {
  it("maps public URLs with filters to one canonical internal path", () => {
    expect(viewPathFor("/", new URLSearchParams())).toBe("/v/overview/all_any_any");
    expect(viewPathFor("/", new URLSearchParams("to=2025&sector=energy&from=2022"))).toBe("/v/overview/energy_2022_2025");
    expect(viewPathFor("/sectors/trade", new URLSearchParams("from=2022"))).toBe("/v/sector/trade/2022_any");
    expect(viewPathFor("/indicators/trade-turnover", new URLSearchParams())).toBe("/v/indicator/trade-turnover/any_any");
    expect(viewPathFor("/documents", new URLSearchParams("package=astana-2025-10-21"))).toBe("/v/documents/all_astana-2025-10-21_any_any");
    expect(viewPathFor("/documents/x", new URLSearchParams())).toBeNull();
  });

  it("normalises garbage so it shares the default view's cache entry", () => {
    expect(viewPathFor("/", new URLSearchParams("sector=<script>&from=abc&utm=1"))).toBe("/v/overview/all_any_any");
    expect(viewPathFor("/", new URLSearchParams("from=2025&to=2020"))).toBe("/v/overview/all_any_any");
  });

  it("decodes only canonical segments", () => {
    expect(decodeOverviewView("energy_2022_any")).toMatchObject({ sector: "energy", from: 2022, to: undefined });
    expect(decodeOverviewView("energy_2022")).toBeNull();
    expect(decodeOverviewView("mining_any_any")).toBeNull();
    expect(decodeOverviewView("all_2025_2020")).toBeNull();
    expect(decodeRangeView("any_2024")).toMatchObject({ to: 2024 });
    expect(decodeDocumentsView("digital_all_any_any")).toMatchObject({ sector: "digital", package: undefined });
  });
});
