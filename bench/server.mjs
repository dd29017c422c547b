// Shared by the HTTP and Lighthouse benchmarks: a fresh seeded bench database and the
// production server (server.mjs, what `npm start` runs) on a given port.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export const BENCH_DB = "data/bench-test.db";

export function requireBuild() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error('No production build: run "npm run build" first.');
    process.exit(2);
  }
}

/** Runs a command to completion; rejects on a non-zero exit. */
export function run(cmd, args, env = {}, stdio = "inherit") {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio, env: { ...process.env, ...env } });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

/** Recreates the bench database from the seed, so every run measures the same data. */
export const resetBenchDatabase = (stdio) => run("npx", ["tsx", "db/reset-test-db.ts"], { DATABASE_URL: BENCH_DB }, stdio);

/** Starts the production server and resolves once /api/health answers. */
export async function startServer(port, stdio = "ignore", env = {}) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: BENCH_DB, NODE_ENV: "production", ...env },
    stdio: ["ignore", stdio, "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopServer(server);
  throw new Error("Server did not become healthy");
}

/** Resident memory of a process in MB (Linux /proc), or null where that cannot be read. */
export function residentMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** Stops the server and waits until its process has exited, so the port is free for the next start. */
export const stopServer = (server) =>
  new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
