// First-load JavaScript per route in gzip bytes, from Next 16's build diagnostics
// (Next no longer prints it). Usage: node bench/bundle.mjs [--budget-kb 150 --route /]
// With --budget-kb it exits 1 when the route's first load exceeds the budget; with
// --beyond-framework-kb when the route's own JavaScript does, beyond the framework: the chunks that
// every page loads (React, Next's runtime), whatever its components.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const budgetKb = opt("--budget-kb") ? Number(opt("--budget-kb")) : undefined;
const budgetRoute = opt("--route") ?? "/";
const beyondKb = opt("--beyond-framework-kb") ? Number(opt("--beyond-framework-kb")) : undefined;

const statsFile = path.join(".next", "diagnostics", "route-bundle-stats.json");
let stats;
try {
  stats = JSON.parse(readFileSync(statsFile, "utf8"));
} catch {
  console.error(`Cannot read ${statsFile}: run "npm run build" first.`);
  process.exit(2);
}

// Chunk paths are listed as ".next/static/…"; tolerate "/_next/static/…" too.
const file = (p) => path.join(".next", p.replace(/^\/?_next\//, "").replace(/^\.next\//, ""));
const gzCache = new Map();
const gz = (p) => {
  if (!gzCache.has(p)) gzCache.set(p, gzipSync(readFileSync(file(p))).length);
  return gzCache.get(p);
};

const rows = stats
  .filter((r) => !r.route.startsWith("/api"))
  .map((r) => ({ route: r.route, raw: r.firstLoadUncompressedJsBytes, gzip: r.firstLoadChunkPaths.reduce((s, p) => s + gz(p), 0), chunks: r.firstLoadChunkPaths }))
  .sort((a, b) => a.route.localeCompare(b.route));

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log("route".padEnd(28), "raw KB".padStart(8), "gzip KB".padStart(8));
for (const r of rows) console.log(r.route.padEnd(28), kb(r.raw), kb(r.gzip));

const target = rows.find((r) => r.route === budgetRoute);
// Recharts' bundled code names its own classes ("recharts-surface", "recharts-wrapper").
const charting = target?.chunks.filter((p) => /recharts-(surface|wrapper)/.test(readFileSync(file(p), "utf8"))) ?? [];
if (target) console.log(`\n${budgetRoute}: ${kb(target.gzip).trim()} KB gzip first-load JS; chunks containing Recharts: ${charting.length}`);

const pages = rows.filter((r) => r.chunks.length > 0);
const framework = pages.length ? pages.map((r) => new Set(r.chunks)).reduce((a, b) => new Set([...a].filter((c) => b.has(c)))) : new Set();
const own = target ? target.chunks.filter((c) => !framework.has(c)).reduce((s, p) => s + gz(p), 0) : 0;
if (target) console.log(`${budgetRoute}: ${kb(own).trim()} KB gzip beyond the framework (${kb(framework.size ? [...framework].reduce((s, p) => s + gz(p), 0) : 0).trim()} KB loaded by every page)`);
if (beyondKb !== undefined) {
  if (!target) {
    console.error(`Route ${budgetRoute} not found in ${statsFile}`);
    process.exit(1);
  }
  if (own > beyondKb * 1024) {
    console.error(`Bundle budget exceeded: ${budgetRoute} loads ${kb(own).trim()} KB gzip beyond the framework, budget ${beyondKb} KB.`);
    process.exit(1);
  }
  console.log(`Within budget: ${kb(own).trim()} KB ≤ ${beyondKb} KB gzip beyond the framework.`);
}

if (budgetKb !== undefined) {
  if (!target) {
    console.error(`Route ${budgetRoute} not found in ${statsFile}`);
    process.exit(1);
  }
  if (target.gzip > budgetKb * 1024) {
    console.error(`Bundle budget exceeded: ${budgetRoute} loads ${kb(target.gzip).trim()} KB gzip of JavaScript, budget ${budgetKb} KB.`);
    process.exit(1);
  }
  console.log(`Within budget: ${kb(target.gzip).trim()} KB ≤ ${budgetKb} KB gzip.`);
}
