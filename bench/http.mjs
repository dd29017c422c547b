// Throughput and latency of public pages on the production server (server.mjs), each beside a
// static control: a file in public/ holding the same HTML bytes as that page, served by the same
// server in the same run (through Next's static file handler), measured right before the page.
// Usage: npm run build && npm run bench:http [-- --duration 10 --connections 10]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { requireBuild, residentMb, resetBenchDatabase, startServer, stopServer } from "./server.mjs";

const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "10" }, port: { type: "string", default: "3300" } } });
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const controlFile = (i) => `public/bench-control-${i}.html`;

requireBuild();

function bench(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: Number(values.connections), duration: Number(values.duration) }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

const TARGETS = [
  ["/", "/"],
  ["/sectors/energy", "/sectors/energy"],
  ["/documents/joint-statement-…", "/documents/joint-statement-20th-anniversary-2025"],
  ["/?sector=energy", "/?sector=energy"],
];
const row = (name, r, control) =>
  [
    name.padEnd(40),
    r.rps.toFixed(0).padStart(7),
    `${r.p50}`.padStart(5),
    `${r.p975}`.padStart(6),
    `${r.p99}`.padStart(5),
    (control ? `${((r.rps / control.rps) * 100).toFixed(0)}%` : "").padStart(8),
    `${r.bytes}`.padStart(8),
    `${r.errors}`.padStart(7),
  ].join(" ");

async function measure(name, path, headers = {}) {
  const r = await bench(BASE + path, headers);
  const res = await fetch(BASE + path, { headers: { "accept-encoding": "identity", ...headers } });
  const decoded = (await res.arrayBuffer()).byteLength;
  const bytes = Number(res.headers.get("content-length") ?? decoded); // on the wire (compressed if asked for)
  return { name, rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.non2xx, bytes, served: res.headers.get("x-page-cache") ?? "-" };
}

async function main() {
  await resetBenchDatabase();
  // First start: render each page once to make its same-size control (public/ is read at start-up).
  let server = await startServer(PORT);
  const pages = [];
  for (const [, p] of TARGETS) pages.push(Buffer.from(await (await fetch(BASE + p, { headers: { "accept-encoding": "identity" } })).arrayBuffer()));
  await stopServer(server);
  mkdirSync("public", { recursive: true });
  pages.forEach((html, i) => writeFileSync(controlFile(i), html));
  server = await startServer(PORT);
  try {
    for (const [i, [, p]] of TARGETS.entries()) {
      await fetch(`${BASE}/bench-control-${i}.html`);
      await fetch(BASE + p); // warm caches and JIT
    }
    const rssWarm = residentMb(server.pid);
    console.log(`\nautocannon -c ${values.connections} -d ${values.duration}s, production server (node server.mjs) on 127.0.0.1:${PORT}`);
    console.log("target".padEnd(40), "req/s".padStart(7), "p50".padStart(5), "p97.5".padStart(6), "p99".padStart(5), "vs ctrl".padStart(8), "bytes".padStart(8), "errors".padStart(7));
    for (const [i, [name, p]] of TARGETS.entries()) {
      const control = await measure(`  static control, same ${pages[i].length} bytes`, `/bench-control-${i}.html`);
      const page = await measure(name, p);
      console.log(row(control.name, control));
      console.log(row(`${name} [${page.served}]`, page, control));
    }
    // What a browser gets: the same page, brotli-compressed once and then served from memory.
    const br = await measure("/ (Accept-Encoding: br)", "/", { "accept-encoding": "br" });
    console.log(row(br.name, br));
    console.log("(latency in ms; [HIT] = served by the page cache in server.mjs; bytes as sent)");
    const rssAfter = residentMb(server.pid);
    if (rssWarm !== null && rssAfter !== null) console.log(`server resident memory: ${rssWarm} MB with every page rendered once, ${rssAfter} MB after the run`);
  } finally {
    await stopServer(server);
    TARGETS.forEach((_, i) => rmSync(controlFile(i), { force: true }));
  }
}

main().catch((e) => {
  console.error(e);
  TARGETS.forEach((_, i) => rmSync(controlFile(i), { force: true }));
  process.exit(1);
});
