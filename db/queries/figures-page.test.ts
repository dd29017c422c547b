import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { databaseForFile } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { listFiguresPage } from "./figures";

let db: AppDatabase;
let file: string;
databaseForFile({ seed: true }, (d, f) => {
  db = d;
  file = f;
});

/** Another process inserting figures of one indicator at random periods (before and after any cursor) until killed; says "started" after its first commit. */
function startWriter(indicatorSlug: string): ChildProcess {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    const ind = db.prepare("select id from indicators where slug = ?").get(process.argv[2]);
    const src = db.prepare("select min(id) as id from sources").get();
    const insert = db.prepare("insert into observations (key, indicator_id, period_start, period_end, period_label, period_type, value, status, reporter, source_id, confidence, updated_at, updated_by) values (?, ?, ?, ?, ?, 'month', 1, 'actual', 'az', ?, 'medium', '2026-01-01', 'writer')");
    let n = 0;
    const tick = () => {
      const y = 1995 + Math.floor(Math.random() * 30), m = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
      insert.run("w-" + process.pid + "-" + n++, ind.id, y + "-" + m + "-01", y + "-" + m + "-28", "M " + y + "-" + m, src.id);
      if (n === 1) process.stdout.write("started\\n");
      setTimeout(tick, 1);
    };
    tick();`;
  return spawn(process.execPath, ["-e", script, file, indicatorSlug], { stdio: ["ignore", "pipe", "inherit"] });
}

describe("listFiguresPage", () => {
  it("pages in a total order: every figure once, none twice, across pages of any size", () => {
    const all = listFiguresPage({ limit: 10_000 }, db).figures.map((f) => f.id);
    for (const limit of [1, 7, 50]) {
      const seen: number[] = [];
      let cursor;
      do {
        // A cursor that does not move on would page forever.
        expect(seen.length).toBeLessThanOrEqual(all.length);
        const page = listFiguresPage({ limit, cursor }, db);
        expect(page.figures.length).toBeLessThanOrEqual(limit);
        seen.push(...page.figures.map((f) => f.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it("while another process inserts figures, misses no figure present throughout and sends none twice", async () => {
    const slug = "trade-turnover";
    const before = new Set(listFiguresPage({ indicatorSlug: slug, limit: 10_000 }, db).figures.map((f) => f.id));
    const writer = startWriter(slug);
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout!.on("data", (d: Buffer) => d.toString().includes("started") && resolve());
        writer.once("exit", (code) => reject(new Error(`writer exited early (${code})`)));
      });
      const seen: number[] = [];
      const totals: number[] = [];
      let cursor;
      do {
        expect(seen.length).toBeLessThan(10_000);
        const page = listFiguresPage({ indicatorSlug: slug, limit: 5, cursor }, db);
        seen.push(...page.figures.map((f) => f.id));
        totals.push(page.total);
        cursor = page.nextCursor ?? undefined;
        // The writer commits between pages, as editors do while a reader presses "more".
        await sleep(15);
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
      // The test means something only if rows really arrived while it paged.
      expect(totals.at(-1)!).toBeGreaterThan(totals[0]!);
      expect(seen.length).toBeGreaterThan(before.size);
    } finally {
      writer.kill();
    }
  });

  it("filters by year range with the same overlap rule as the pages", () => {
    const page = listFiguresPage({ indicatorSlug: "trade-turnover", from: 2023, to: 2024, limit: 200 }, db);
    expect(page.figures.length).toBeGreaterThan(0);
    for (const f of page.figures) {
      expect(Number(f.periodEnd.slice(0, 4))).toBeGreaterThanOrEqual(2023);
      expect(Number(f.periodStart.slice(0, 4))).toBeLessThanOrEqual(2024);
    }
    expect(page.total).toBe(page.figures.length);
  });
});
