// npm run bench:scale [-- --sizes 10,100 --port 3400]
// For each size: a database grown to that many times the seed's figures (bench/scale-data.ts, through the
// app's own mutations), the production server on it, then per page the HTML bytes (identity) and the cold
// render (the first request after start; the server runs with PAGE_CACHE=off, so "warm" is the median of
// five more renders, not cache hits), the size of a save's answer and of /api/indicators' first page.
// Prints a table and PASS/FAIL against the targets; it asserts nothing.
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { actionIds, actionResult, callAction, observationFields, request, signIn } from "./actions.mjs";
import { requireBuild, run, startServer, stopServer } from "./server.mjs";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "10,100" }, port: { type: "string", default: process.env.E2E_PORT ?? "3400" } } });
const SIZES = values.sizes.split(",").map(Number);
const PORT = Number(values.port);
const base = `http://127.0.0.1:${PORT}`;
const KB = 1024;
const TARGETS = { publicBytes: 400 * KB, publicMs: 300, adminBytes: 300 * KB, saveBytes: 20 * KB, apiBytes: 100 * KB };

requireBuild();

async function get(path, cookie) {
  const t0 = performance.now();
  const res = await request(base + path, { headers: { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) } });
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return { bytes: Buffer.byteLength(res.text), ms, text: res.text };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];

for (const size of SIZES) {
  const file = `data/bench-scale-${size}-test.db`;
  await run("npx", ["tsx", "bench/scale-data.ts", file, String(size)], {}, ["ignore", "inherit", "inherit"]);
  const db = new Database(file, { readonly: true });
  const top = db.prepare("select i.slug, i.sector_slug as sector, count(*) as n from observations o join indicators i on i.id = o.indicator_id group by i.id order by n desc limit 1").get();
  const row = db.prepare("select * from observations where indicator_id = (select id from indicators where slug = ?) order by period_end desc limit 1").get(top.slug);
  const total = db.prepare("select count(*) as n from observations").get().n;
  const sectors = db
    .prepare("select distinct s.slug from sectors s join indicators i on i.sector_slug = s.slug order by s.slug")
    .all()
    .map((r) => r.slug);
  db.close();

  const server = await startServer(PORT, "ignore", { DATABASE_URL: file, PAGE_CACHE: "off" });
  try {
    const ids = actionIds();
    const { cookie } = await signIn(base, ids, { email: "bench@scale.test", password: "bench-scale-password-1" });
    if (!cookie) throw new Error("Could not sign in to the bench database");
    // Every public page kind, under a locale (a path without one is a redirect): each sector page, and the
    // heaviest sector in Russian too (Cyrillic text takes two bytes a letter).
    const pages = [
      ["/en", "/en", null, "public"],
      ...sectors.map((slug) => [`/en/sectors/${slug}`, `/en/sectors/${slug}`, null, "public"]),
      [`/ru/sectors/${top.sector}`, `/ru/sectors/${top.sector}`, null, "public"],
      [`/en/indicators/${top.slug} (${top.n} figures)`, `/en/indicators/${top.slug}`, null, "public"],
      ["/en/documents", "/en/documents", null, "public"],
      ["/en/source-check", "/en/source-check", null, "public"],
      ["/en/briefing", "/en/briefing", null, "public"],
      ["/en/admin/indicators", "/en/admin/indicators", cookie, "admin"],
    ];
    for (const [label, path, c, kind] of pages) {
      const cold = await get(path, c);
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push((await get(path, c)).ms);
      results.push({ size, total, what: label, bytes: cold.bytes, cold: cold.ms, warm: median(warm), kind });
    }
    const t0 = performance.now();
    const save = await callAction(base, ids.updateObservationAction, {
      cookie,
      path: "/en/admin/indicators",
      args: [{ id: row.id, version: row.version, reason: "bench:scale", fields: { ...observationFields(row), note: `bench:scale ${Date.now()}` } }],
    });
    const saveMs = performance.now() - t0;
    const ok = actionResult(save.text)?.ok === true;
    results.push({ size, total, what: `save (updateObservationAction)${ok ? "" : " NOT SAVED"}`, bytes: Buffer.byteLength(save.text), cold: saveMs, warm: null, kind: ok ? "save" : "failed" });
    const api = await get("/api/indicators");
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push((await get("/api/indicators")).ms);
    results.push({ size, total, what: "/api/indicators (first page)", bytes: api.bytes, cold: api.ms, warm: median(warm), kind: "api" });
  } finally {
    await stopServer(server);
  }
}

function verdict(r) {
  if (r.kind === "public") return r.bytes <= TARGETS.publicBytes && r.cold <= TARGETS.publicMs;
  if (r.kind === "admin") return r.bytes <= TARGETS.adminBytes;
  if (r.kind === "save") return r.bytes <= TARGETS.saveBytes;
  if (r.kind === "api") return r.bytes <= TARGETS.apiBytes;
  return false;
}
const target = (r) => ({ public: "≤ 400 KB, ≤ 300 ms cold", admin: "≤ 300 KB", save: "≤ 20 KB", api: "≤ 100 KB", failed: "save must succeed" })[r.kind];

console.log(`\nTargets apply at 100×. HTML bytes as sent without compression; cold = first request after start (PAGE_CACHE=off); warm = median of 5 more renders.\n`);
const head = ["size", "observations", "what", "KB", "cold ms", "warm ms", "target", "at 100×"];
const rows = results.map((r) => [
  `${r.size}×`,
  String(r.total),
  r.what,
  (r.bytes / KB).toFixed(1),
  r.cold.toFixed(0),
  r.warm === null ? "—" : r.warm.toFixed(0),
  target(r),
  r.size === 100 ? (verdict(r) ? "PASS" : "FAIL") : verdict(r) ? "(pass)" : "(over)",
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => "| " + cells.map((c, i) => (i >= 3 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ") + " |";
console.log(line(head));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const r of rows) console.log(line(r));
const failed = results.filter((r) => r.size === 100 && !verdict(r)).length;
console.log(`\n${SIZES.includes(100) ? (failed ? `${failed} over target at 100×` : "All targets met at 100×") : "No 100× run: targets not judged"}`);
