import { describe, expect, it } from "vitest";
import { endOfPartialDate, isOverdue, todayIso } from "./clock";

describe("clock", () => {
  it("reads a fixed day from APP_TODAY and refuses a malformed one", () => {
    expect(todayIso({ APP_TODAY: "2026-12-01" })).toBe("2026-12-01");
    expect(todayIso({}, new Date("2027-01-02T23:59:00Z"))).toBe("2027-01-02");
    expect(() => todayIso({ APP_TODAY: "1 Dec 2026" })).toThrow(/YYYY-MM-DD/);
  });

  it("takes the last day a partial date can mean", () => {
    expect(endOfPartialDate("2026")).toBe("2026-12-31");
    expect(endOfPartialDate("2026-02")).toBe("2026-02-28");
    expect(endOfPartialDate("2024-02")).toBe("2024-02-29");
    expect(endOfPartialDate("2026-07-15")).toBe("2026-07-15");
  });

  it("calls a plan overdue only once its whole period has passed, and never a recorded outcome", () => {
    expect(isOverdue({ date: "2026-07", status: "forecast" }, "2026-07-31")).toBe(false);
    expect(isOverdue({ date: "2026-07", status: "forecast" }, "2026-08-01")).toBe(true);
    expect(isOverdue({ date: "2026", status: "plan" }, "2026-12-01")).toBe(false);
    expect(isOverdue({ date: "2025-12", status: "actual" }, "2026-12-01")).toBe(false);
  });
});
