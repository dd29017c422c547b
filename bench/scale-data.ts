/**
 * Builds a database grown to <scale>× the seed's figures, in the shape release days give it:
 * monthly figures, each month's year-to-date total and the full year, from both statistics
 * offices, for the flow indicators, year after year back from each indicator's first seeded year.
 * Every row is written through the app's own mutations (createSource, createObservation: each
 * one transaction with its audit row) after the form schemas have validated it, as an editor's
 * save would be. Usage: tsx bench/scale-data.ts <file> <scale>
 */
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { createUser } from "../db/auth/users";
import { openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { createObservation } from "../db/mutations/observations";
import { createSource } from "../db/mutations/sources";
import { runSeed } from "../db/seed";
import { createObservationSchema, sourceSchema } from "../lib/schemas/admin";
import type { Reporter } from "../lib/constants";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const OFFICE: Record<"az" | "kz", { publisher: string; host: string }> = {
  az: { publisher: "State Statistical Committee of Azerbaijan (bench)", host: "stat.gov.az.bench.test" },
  kz: { publisher: "Bureau of National Statistics of Kazakhstan (bench)", host: "stat.gov.kz.bench.test" },
};
/** Flows: a month, its year-to-date sum and the year are all meaningful (stocks and ratios are left alone). */
const FLOWS = [
  "trade-turnover",
  "exports-kz-to-az",
  "exports-az-to-kz",
  "az-non-oil-exports-to-kz",
  "kz-grain-exports-to-az",
  "oil-transit-btc",
  "uranium-transit",
  "titr-cargo",
  "titr-containers",
  "titr-port-cargo",
  "kz-az-freight",
  "kz-az-rail-freight",
  "aktau-baku-containers",
  "china-az-block-trains",
  "containers-through-azerbaijan",
];

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export async function buildScaleDatabase(file: string, scale: number, log = console.log) {
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  const db = openDatabase(file);
  // Building only: one fsync per transaction would make 16,000 saves take minutes; the rows and their transactions are the app's.
  db.$client.pragma("synchronous = OFF");
  runMigrations(db);
  runSeed(db);
  const password = "bench-scale-password-1";
  const admin = await createUser(db, { email: "bench@scale.test", role: "admin", password });
  const actor = { id: admin.id, email: admin.email };

  const seeded = db.$client.prepare("select count(*) as n from observations").get() as { n: number };
  const budget = Math.max(0, Math.round(seeded.n * (scale - 1)));
  const indicators = db.$client
    .prepare(
      `select i.id, i.slug, i.unit, coalesce(min(cast(substr(o.period_start, 1, 4) as integer)), 2025) as first, avg(case when o.period_type = 'year' then o.value end) as typical
       from indicators i left join observations o on o.indicator_id = i.id where i.slug in (${FLOWS.map(() => "?").join(",")}) group by i.id order by i.id`,
    )
    .all(...FLOWS) as { id: number; slug: string; unit: string; first: number; typical: number | null }[];

  const sources = new Map<string, number>();
  const sourceFor = (reporter: "az" | "kz", y: number) => {
    const k = `${reporter}-${y}`;
    let id = sources.get(k);
    if (id === undefined) {
      const o = OFFICE[reporter];
      const fields = sourceSchema.parse({
        publisher: o.publisher,
        originator: "",
        title: `Monthly foreign trade and transport bulletin, ${y}`,
        url: `https://${o.host}/bulletin/${y}`,
        publishedOn: `${y + 1}-02-15`,
        note: "",
      });
      id = createSource(db, { fields, actor }).id;
      sources.set(k, id);
    }
    return id;
  };

  let written = 0;
  const add = (ind: (typeof indicators)[number], reporter: Reporter & ("az" | "kz"), y: number, m0: number, m1: number, type: "month" | "year_to_date" | "year", value: number) => {
    const label = type === "year" ? String(y) : m0 === m1 ? `${MONTHS[m0 - 1]} ${y}` : `${MONTHS[m0 - 1]}–${MONTHS[m1 - 1]} ${y}`;
    const key = `b-${ind.id}-${reporter}-${y}-${type}-${pad(m0)}${pad(m1)}`;
    const input = createObservationSchema.parse({
      indicatorId: String(ind.id),
      key,
      fields: {
        periodStart: `${y}-${pad(m0)}-01`,
        periodEnd: `${y}-${pad(m1)}-${pad(lastDay(y, m1))}`,
        periodLabel: label,
        periodType: type,
        value: String(Math.round(value * 10) / 10),
        qualifier: "exact",
        status: "actual",
        reporter,
        sourceId: String(sourceFor(reporter, y)),
        confidence: "medium",
        note: "",
      },
    });
    createObservation(db, { indicatorId: input.indicatorId, key: input.key, fields: input.fields, actor });
    written++;
  };

  // Year by year back in time, every indicator and side each year, until the budget is spent.
  for (let back = 1; written < budget; back++) {
    for (const ind of indicators) {
      for (const reporter of ["az", "kz"] as const) {
        const y = ind.first - back;
        if (y < 1991) continue;
        const yearTotal = (ind.typical ?? 120) * (0.6 + 0.4 * Math.sin(y + ind.id)) * (reporter === "az" ? 1 : 1.08);
        const months = MONTHS.map((_, i) => (yearTotal / 12) * (0.85 + 0.3 * ((i * 7 + y) % 5) * 0.25));
        let ytd = 0;
        for (let m = 1; m <= 12 && written < budget; m++) {
          ytd += months[m - 1]!;
          add(ind, reporter, y, m, m, "month", months[m - 1]!);
          if (m > 1 && m < 12 && written < budget) add(ind, reporter, y, 1, m, "year_to_date", ytd);
        }
        if (written < budget) add(ind, reporter, y, 1, 12, "year", ytd);
      }
    }
    if (indicators.every((i) => i.first - back < 1991)) break;
  }
  const total = (db.$client.prepare("select count(*) as n from observations").get() as { n: number }).n;
  db.$client.pragma("synchronous = FULL");
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  log(`${file}: ${total} observations (${seeded.n} seeded + ${written} written through createObservation), ${sources.size} new sources`);
  return { file, email: admin.email, password, observations: total };
}

if (process.argv[1]?.endsWith("scale-data.ts")) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [file, scale] = positionals;
  if (!file || !scale) throw new Error("Usage: tsx bench/scale-data.ts <file> <scale>");
  buildScaleDatabase(file, Number(scale)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
