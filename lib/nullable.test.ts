import { describe, expect, it } from "vitest";
import { undefinedToNull } from "./nullable";

describe("undefinedToNull", () => {
  it("turns every undefined property into null and keeps every other value", () => {
    const out = undefinedToNull({ a: undefined as string | undefined, b: 0, c: "", d: null, e: false });
    expect(out).toEqual({ a: null, b: 0, c: "", d: null, e: false });
    expect(Object.keys(out)).toEqual(["a", "b", "c", "d", "e"]);
  });
});
