// Crash safety: 50 times, four editors save while the server is killed with SIGKILL at a random
// moment; after each restart the saving goes on. At the end every save the server acknowledged
// must be in the database (its audit row, written in the same transaction as the change).
// Prints kills, acknowledged, lost (must be 0) and the integrity check. npm run build first.
import Database from "better-sqlite3";
import { actionIds, editUntil, signIn } from "./actions.mjs";
import { BENCH_DB, requireBuild, resetBenchDatabase, startServer, stopServer } from "./server.mjs";

requireBuild();
const PORT = 3312;
const base = `http://127.0.0.1:${PORT}`;
const KILLS = Number(process.env.KILLS ?? 50);
const EDITORS = 4;
process.env.ADMIN_EMAIL = "owner@bench.test";
process.env.ADMIN_PASSWORD = "the-owners-long-password";
const ids = actionIds();

await resetBenchDatabase("ignore");
const readDb = () => new Database(BENCH_DB, { readonly: true });
const rows = (() => {
  const db = readDb();
  try {
    return db.prepare(`select * from observations order by id limit ${EDITORS}`).all();
  } finally {
    db.close();
  }
})();

let server = await startServer(PORT);
const { cookie } = await signIn(base, ids, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
if (!cookie) throw new Error("could not sign in");

const acknowledged = [];
const started = Date.now();
for (let kill = 1; kill <= KILLS; kill++) {
  let dead = false;
  const current = (() => {
    const db = readDb();
    try {
      return rows.map((r) => db.prepare("select * from observations where id = ?").get(r.id));
    } finally {
      db.close();
    }
  })();
  const editors = current.map((row, w) => editUntil(base, ids, { cookie, row, tag: `k${kill}-w${w}`, shouldStop: () => dead }));
  await new Promise((r) => setTimeout(r, 150 + Math.random() * 450));
  dead = true;
  process.kill(-server.pid, "SIGKILL");
  await new Promise((r) => server.once("exit", r));
  for (const a of await Promise.all(editors)) acknowledged.push(...a);
  server = await startServer(PORT);
}
await stopServer(server);

const db = readDb();
const has = db.prepare("select 1 from audit_log where entity = 'observation' and json_extract(after, '$.note') = ?");
const lost = acknowledged.filter((note) => !has.get(note));
const integrity = db.pragma("integrity_check", { simple: true });
db.close();
console.log(`kills: ${KILLS}, acknowledged: ${acknowledged.length}, lost: ${lost.length}, integrity_check: ${integrity} (${Math.round((Date.now() - started) / 1000)} s)`);
if (lost.length) console.log(`lost: ${lost.slice(0, 20).join(", ")}`);
process.exit(lost.length === 0 && integrity === "ok" ? 0 : 1);
