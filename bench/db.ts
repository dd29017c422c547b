/**
 * Time of the queries behind each public page, p50/p95 in milliseconds, on a fresh copy of
 * the seeded database, or on a given database file (opened as is, e.g. one bench:scale built).
 * Usage: npm run bench:db [-- --iterations 200] [-- data/bench-scale-100-test.db]
 * Runs with the react-server condition so the queries' "server-only" guard resolves as on the server.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { iterations: { type: "string", default: "200" } } });
const GIVEN = positionals[0];
const N = Number(values.iterations);

async function main() {
  if (GIVEN && !existsSync(GIVEN)) throw new Error(`No database at ${GIVEN}`);
  const dir = GIVEN ? null : mkdtempSync(path.join(tmpdir(), "azkz-bench-db-"));
  process.env.DATABASE_URL = GIVEN ? path.resolve(GIVEN) : path.join(dir!, "bench.db");
  if (!GIVEN) {
    const { openDatabase } = await import("../db/connection");
    const { runMigrations } = await import("../db/migrate");
    const { runSeed } = await import("../db/seed");
    const setup = openDatabase();
    runMigrations(setup);
    runSeed(setup);
    setup.$client.close();
  }

  const { getOverview } = await import("../db/queries/overview");
  const { listIndicators, getIndicator } = await import("../db/queries/indicators");
  const { listDocuments, getDocument } = await import("../db/queries/documents");
  const { listClaims } = await import("../db/queries/claims");
  const { listSectorProjects } = await import("../db/queries/sectors");
  const { listFiguresPage } = await import("../db/queries/figures");
  const { listAdminObservationsPage } = await import("../db/queries/admin");
  const { DEFAULT_ADMIN_STATE } = await import("../lib/table-params");

  const cases: [string, () => unknown][] = [
    ["/ (overview, all sectors)", () => getOverview()],
    ["/?sector=energy", () => getOverview({ sector: "energy" })],
    ["/sectors/trade (indicators + projects)", () => [listIndicators({ sector: "trade" }), listSectorProjects({ sector: "trade" })]],
    ["/indicators/trade-turnover", () => getIndicator({ slug: "trade-turnover" })],
    ["/documents", () => listDocuments({ sector: "all" })],
    ["/documents/<slug>", () => getDocument({ slug: "joint-statement-20th-anniversary-2025" })],
    ["/source-check", () => listClaims()],
    ["/api/indicators (first page of 50)", () => listFiguresPage({ limit: 50 })],
    ["/admin/indicators (page 1, value desc)", () => listAdminObservationsPage({ ...DEFAULT_ADMIN_STATE, sort: "value", dir: "desc" })],
  ];

  const { getDb } = await import("../db");
  const n = (getDb().$client.prepare("select count(*) as n from observations").get() as { n: number }).n;
  console.log(`${N} iterations each (after 20 warm-up runs), SQLite file ${GIVEN ?? "(fresh seed)"} with ${n} observations, better-sqlite3`);
  console.log("query".padEnd(40), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8));
  for (const [name, fn] of cases) {
    for (let i = 0; i < 20; i++) fn();
    const times: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2).padStart(8);
    console.log(name.padEnd(40), q(0.5), q(0.95), times.at(-1)!.toFixed(2).padStart(8));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
