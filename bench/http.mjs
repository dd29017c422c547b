// Throughput and latency of public pages on the production server, beside a static control
// that serves the same HTML bytes as "/" from public/ in the same run.
// Usage: npm run build && npm run bench:http [-- --duration 10 --connections 10]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "10" }, port: { type: "string", default: "3300" } } });
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "data/bench-test.db";
const CONTROL = "public/bench-control.html";

if (!existsSync(".next/BUILD_ID")) {
  console.error('No production build: run "npm run build" first.');
  process.exit(2);
}

function run(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

async function startServer() {
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env: { ...process.env, DATABASE_URL: DB, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "inherit"], detached: true });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid);
  throw new Error("Server did not become healthy");
}

/** Stops the server and waits until its process has exited, so the port is free for the next start. */
const stop = (server) =>
  new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });

function bench(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: Number(values.connections), duration: Number(values.duration) }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

async function main() {
  await run("npx", ["tsx", "db/reset-test-db.ts"], { DATABASE_URL: DB });
  let server = await startServer();
  const html = await (await fetch(`${BASE}/`)).text();
  await stop(server);
  mkdirSync("public", { recursive: true });
  writeFileSync(CONTROL, html);
  server = await startServer();
  try {
    const targets = [
      ["static control (same bytes as /)", "/bench-control.html"],
      ["/", "/"],
      ["/sectors/energy", "/sectors/energy"],
      ["/documents/joint-statement-…", "/documents/joint-statement-20th-anniversary-2025"],
      ["/?sector=energy", "/?sector=energy"],
    ];
    for (const [, p] of targets) await fetch(BASE + p); // warm caches and JIT
    const results = [];
    for (const [name, p] of targets) {
      const r = await bench(BASE + p);
      const bytes = Buffer.byteLength(await (await fetch(BASE + p)).text());
      results.push({ name, rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.non2xx, bytes });
    }
    const control = results[0].rps;
    console.log(`\nautocannon -c ${values.connections} -d ${values.duration}s, production server on 127.0.0.1:${PORT}`);
    console.log("target".padEnd(34), "req/s".padStart(8), "p50".padStart(6), "p97.5".padStart(6), "p99".padStart(6), "vs ctrl".padStart(8), "bytes".padStart(8), "errors".padStart(7));
    for (const r of results) {
      console.log(r.name.padEnd(34), r.rps.toFixed(0).padStart(8), `${r.p50}`.padStart(6), `${r.p975}`.padStart(6), `${r.p99}`.padStart(6), `${((r.rps / control) * 100).toFixed(0)}%`.padStart(8), `${r.bytes}`.padStart(8), `${r.errors}`.padStart(7));
    }
    console.log("(latency in ms)");
  } finally {
    await stop(server);
    rmSync(CONTROL, { force: true });
  }
}

main().catch((e) => {
  console.error(e);
  rmSync(CONTROL, { force: true });
  process.exit(1);
});
