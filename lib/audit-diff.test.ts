import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./audit-diff";

describe("diffSnapshots", () => {
  it("lists only the fields that changed, ignoring bookkeeping", () => {
    const d = diffSnapshots(JSON.stringify({ value: 1.6, note: null, version: 1, updatedAt: "a" }), JSON.stringify({ value: 1.5, note: null, version: 2, updatedAt: "b" }));
    expect(d).toEqual([{ field: "value", before: "1.6", after: "1.5" }]);
  });
  it("shows a creation as every field going from nothing", () => {
    expect(diffSnapshots(null, JSON.stringify({ value: 3 }))).toEqual([{ field: "value", before: "—", after: "3" }]);
  });
  it("leaves out a translation's handle (entity, key, field, locale), which the entry's key already names", () => {
    const row = { id: 4, entity: "sector", entityKey: "trade", field: "name", locale: "az", text: "Ticarət", origin: "machine", reviewedAt: null };
    expect(diffSnapshots(null, JSON.stringify(row), "translation").map((d) => d.field)).toEqual(["text", "origin", "reviewedAt"]);
    expect(diffSnapshots(JSON.stringify(row), JSON.stringify({ ...row, reviewedAt: "2026-12-01" }), "translation")).toEqual([{ field: "reviewedAt", before: "—", after: "2026-12-01" }]);
    expect(diffSnapshots(null, JSON.stringify({ entity: "x" })).map((d) => d.field)).toEqual(["entity"]);
  });
});
