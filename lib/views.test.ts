import { describe, expect, it } from "vitest";
import { decodeDocumentsView, decodeOverviewView, decodeRangeView, viewPathFor } from "./views";

describe("views", () => {
  it("maps public URLs with filters to one canonical internal path", () => {
    expect(viewPathFor("/", new URLSearchParams())).toBe("/v/overview/all~any~any");
    expect(viewPathFor("/", new URLSearchParams("to=2025&sector=energy&from=2022"))).toBe("/v/overview/energy~2022~2025");
    expect(viewPathFor("/sectors/trade", new URLSearchParams("from=2022"))).toBe("/v/sector/trade/2022~any");
    expect(viewPathFor("/indicators/trade-turnover", new URLSearchParams())).toBe("/v/indicator/trade-turnover/any~any");
    expect(viewPathFor("/documents", new URLSearchParams("package=astana-2025-10-21"))).toBe("/v/documents/all~astana-2025-10-21~any~any");
    expect(viewPathFor("/documents/x", new URLSearchParams())).toBeNull();
  });


  it("decodes only canonical segments", () => {
    expect(decodeOverviewView("energy~2022~any")).toMatchObject({ sector: "energy", from: 2022, to: undefined });
    expect(decodeOverviewView("energy~2022")).toBeNull();
    expect(decodeOverviewView("mining~any~any")).toBeNull();
    expect(decodeOverviewView("all~2025~2020")).toMatchObject({ sector: "all", from: undefined, to: undefined });
    expect(decodeRangeView("any~2024")).toMatchObject({ to: 2024 });
    expect(decodeDocumentsView("digital~all~any~any")).toMatchObject({ sector: "digital", package: undefined });
  });
});
