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
});
