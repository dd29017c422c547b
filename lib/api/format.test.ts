import { describe, expect, it } from "vitest";
import { parseFormat } from "./format";

describe("parseFormat", () => {
  it("defaults to JSON and accepts csv in any case", () => {
    expect(parseFormat(new URLSearchParams(""))).toEqual({ ok: true, format: "json" });
    expect(parseFormat(new URLSearchParams("format=CSV"))).toEqual({ ok: true, format: "csv" });
    expect(parseFormat(new URLSearchParams("format=export"))).toEqual({ ok: true, format: "export" });
  });

  it("refuses other formats with a message", () => {
    expect(parseFormat(new URLSearchParams("format=xml"))).toEqual({ ok: false, errors: { format: "must be one of json, csv, export, table" } });
  });
});
