import { describe, expect, it } from "vitest";
import { formatDate, formatQuantity, formatValue } from "./format";

describe("format", () => {
  it("keeps the qualifier the source published", () => {
    expect(formatValue(680, "approx")).toBe("~680");
    expect(formatValue(900, "more_than")).toBe(">900");
    expect(formatValue(547.6)).toBe("547.6");
    expect(formatValue(77000)).toBe("77,000");
    expect(formatValue(1.392)).toBe("1.392");
  });

  it("formats quantities with short units", () => {
    expect(formatQuantity(547.6, "USD million")).toBe("547.6 mUSD");
    expect(formatQuantity(3.2, "×")).toBe("3.2×");
    expect(formatQuantity(1.5, "million tonnes", "approx")).toBe("~1.5 Mt");
  });

  it("formats partial dates as precisely as they are known", () => {
    expect(formatDate("2025-10-10")).toBe("10 Oct 2025");
    expect(formatDate("2025-10")).toBe("Oct 2025");
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate(null)).toBe("undated");
  });
});
