import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { editorDatabaseForFile } from "../../lib/test-support/temp-db";
import type { RawImportRow } from "../../lib/import/columns";
import type { AppDatabase } from "../connection";
import { auditLog, observations } from "../schema";
import { planImport } from "./import";

let db: AppDatabase;
let file: string;
let actor: { id: number; email: string };
editorDatabaseForFile("editor@example.test", (d, a, f) => {
  db = d;
  actor = a;
  file = f;
});

const TSX = path.join(import.meta.dirname, "../../node_modules/.bin/tsx");
const WORKER = path.join(import.meta.dirname, "../../lib/test-support/import-race-worker.ts");

function start(role: "import" | "edit", input: unknown): { child: ChildProcess; ready: Promise<void>; result: Promise<{ ok: boolean; conflict?: boolean; error?: string }> } {
  const child = spawn(TSX, [WORKER, file, role, JSON.stringify(input)], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  let onReady: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const result = new Promise<{ ok: boolean; conflict?: boolean; error?: string }>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("ready\n")) onReady();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`worker exited with ${code}`))));
  });
  return { child, ready, result };
}

const SOURCE = { sourceUrl: "https://example.org/race", sourceTitle: "Race release", sourcePublisher: "Race bureau", sourceDate: "2026-01-15" };

describe("an import racing an editor's save of the same figure, in two processes", () => {
  it("lets exactly one win; the other gets a conflict; nothing is half-written", async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const target = db.select().from(observations).where(eq(observations.key, "TA-2025-8m")).get()!;
      const year = 2040 + round;
      const rows: RawImportRow[] = [
        {
          line: 2,
          cells: {
            indicator: "trade-turnover",
            reporter: "az",
            periodStart: target.periodStart,
            periodEnd: target.periodEnd,
            value: `${600 + round},5`,
            status: "preliminary",
            confidence: "medium",
            ...SOURCE,
          },
        },
        ...Array.from({ length: 11 }, (_, i) => ({
          line: i + 3,
          cells: {
            indicator: "trade-turnover",
            reporter: "az",
            periodStart: `${year}-${String(i + 1).padStart(2, "0")}-01`,
            periodEnd: new Date(Date.UTC(year, i + 1, 0)).toISOString().slice(0, 10),
            value: String(i + 1),
            status: "preliminary",
            confidence: "high",
            ...SOURCE,
          },
        })),
      ];
      // Both sides start from what the editor saw: the preview's fingerprint and the form's version.
      const plan = planImport(db, { rows });
      const audits = db.get<{ n: number }>(sql`select count(*) as n from audit_log where entity = 'import'`)!.n;
      const imp = start("import", { rows, fingerprint: plan.fingerprint, actor });
      const edit = start("edit", { key: "TA-2025-8m", version: target.version, value: 700 + round, actor });
      await Promise.all([imp.ready, edit.ready]);
      // Started as close together as two writes to two pipes can be.
      edit.child.stdin!.write("go\n");
      imp.child.stdin!.write("go\n");
      const [ri, re] = await Promise.all([imp.result, edit.result]);

      expect([ri.ok, re.ok].filter(Boolean), JSON.stringify({ ri, re })).toHaveLength(1);
      const loser = ri.ok ? re : ri;
      expect(loser.conflict, loser.error).toBe(true);
      const now = db.select().from(observations).where(eq(observations.key, "TA-2025-8m")).get()!;
      const written = db.get<{ n: number }>(sql`select count(*) as n from observations where indicator_id = ${target.indicatorId} and period_start like ${`${year}-%`}`)!.n;
      const importAudits = db.get<{ n: number }>(sql`select count(*) as n from audit_log where entity = 'import'`)!.n;
      if (ri.ok) {
        expect(now.value).toBe(600 + round + 0.5);
        expect(written).toBe(11);
        expect(importAudits).toBe(audits + 1);
        outcomes.push("import");
      } else {
        expect(now.value).toBe(700 + round);
        expect(loser.error).toMatch(/changed after your preview/);
        expect(written).toBe(0);
        expect(importAudits).toBe(audits);
        outcomes.push("edit");
      }
      expect(now.version).toBe(target.version + 1);
    }
    expect(db.select().from(auditLog).all().length).toBeGreaterThan(0);
    console.log(`import race winners: ${outcomes.join(", ")}`);
  }, 120_000);
});
