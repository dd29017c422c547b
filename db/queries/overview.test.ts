import { describe, expect, it } from "vitest";
import { databaseForFile } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { getOverview } from "./overview";

let db: AppDatabase;
databaseForFile({ seed: true }, (d) => (db = d));

describe("getOverview", () => {
  it("leads with each side's latest turnover, its published growth on the same months, and measures the yearly target with full years only", () => {
    const o = getOverview(undefined, db);
    expect(o.trade.featured).toMatchObject({ value: 600.3, reporter: "az", periodLabel: "Jan–Oct 2025" });
    expect(o.trade.featuredGrowth).toMatchObject({ value: 1.5, periodLabel: "Jan–Oct 2025" });
    expect(o.target.reachedAz).toMatchObject({ periodType: "year", periodLabel: "2024" });
    expect(o.target.reachedKz).toMatchObject({ periodType: "year", periodLabel: "2024" });
    expect(o.trade.latestAz).toMatchObject({ value: 600.3, reporter: "az" });
    expect(o.trade.latestKz).toMatchObject({ value: 533.4, reporter: "kz", periodType: "year" });
    expect(o.target.target?.value).toBe(1000);
  });

  it("reads the figures from the database, so a changed value shows", () => {
    db.$client.prepare("update observations set value = 611.1 where key = 'TA-2025-10m'").run();
    try {
      expect(getOverview(undefined, db).trade.featured?.value).toBe(611.1);
    } finally {
      db.$client.prepare("update observations set value = 600.3 where key = 'TA-2025-10m'").run();
    }
  });

  it("builds one panel per primary sector, each with figures", () => {
    const o = getOverview(undefined, db);
    expect(o.panels.map((p) => p.sector.slug)).toEqual(["trade", "investment", "energy", "transport", "digital"]);
    for (const p of o.panels) expect(p.figures.length, p.sector.slug).toBeGreaterThan(0);
    const trade = o.panels[0]!;
    expect(new Set(trade.figures.map((f) => f.reporter))).toEqual(new Set(["az", "kz"]));
  });

  it("keeps the oil outlook for the year in progress and the Green Energy Corridor's next step after its last one", () => {
    const o = getOverview(undefined, db);
    // KMG's 2025 outturn (1.3 Mt) is the last year now, ahead of the minister's estimate of ~1.5 for the same year.
    expect(o.oil.lastYear).toMatchObject({ periodLabel: "2025", value: 1.3, key: "O12" });
    expect(o.oil.outlook.map((f) => f.status).sort()).toEqual(["forecast", "plan"]);
    expect(o.gec.last).not.toBeNull();
    if (o.gec.next && o.gec.last) expect(o.gec.next.date > o.gec.last.date).toBe(true);
    expect(o.gec.next?.overdue ?? null).toBeNull();
  });
});

describe("getOverview with filters", () => {
  it("keeps only the chosen sector's panel", () => {
    const o = getOverview({ sector: "energy" }, db);
    expect(o.panels.map((p) => p.sector.slug)).toEqual(["energy"]);
  });

  it("keeps only figures whose period overlaps the year range", () => {
    const o = getOverview({ sector: "trade", from: 2022, to: 2023 }, db);
    const years = new Set(o.panels[0]!.figures.map((f) => f.periodEnd.slice(0, 4)));
    expect([...years].sort()).toEqual(["2022", "2023"]);
  });
});
