// Online backup under load: four editors save continuously; `npm run db:backup` runs in the
// middle; the backup is then restored with `npm run db:restore` into a scratch database, which
// must pass integrity_check and hold every save acknowledged before the backup began.
// npm run build first.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { actionIds, editUntil, signIn } from "./actions.mjs";
import { BENCH_DB, requireBuild, resetBenchDatabase, run, startServer, stopServer } from "./server.mjs";

requireBuild();
const PORT = 3313;
const base = `http://127.0.0.1:${PORT}`;
process.env.ADMIN_EMAIL = "owner@bench.test";
process.env.ADMIN_PASSWORD = "the-owners-long-password";
const ids = actionIds();
const dir = mkdtempSync(path.join(tmpdir(), "azkz-backup-bench-"));
const backupFile = path.join(dir, "backup.db");
const restored = path.join(dir, "restored-test.db");

await resetBenchDatabase("ignore");
const db0 = new Database(BENCH_DB, { readonly: true });
const rows = db0.prepare("select * from observations order by id limit 4").all();
db0.close();
const server = await startServer(PORT);
try {
  const { cookie } = await signIn(base, ids, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
  if (!cookie) throw new Error("could not sign in");
  let stop = false;
  const acked = [];
  const editors = rows.map((row, w) => editUntil(base, ids, { cookie, row, tag: `b-w${w}`, shouldStop: () => stop, onAck: (note) => acked.push(note) }));
  await new Promise((r) => setTimeout(r, 1500));
  const before = acked.slice();
  const t0 = Date.now();
  await run("npx", ["tsx", "db/backup.ts", backupFile], { DATABASE_URL: BENCH_DB });
  const backupMs = Date.now() - t0;
  const during = acked.length - before.length;
  await new Promise((r) => setTimeout(r, 500));
  stop = true;
  await Promise.all(editors);

  await run("npx", ["tsx", "db/restore.ts", backupFile], { DATABASE_URL: restored });
  const db = new Database(restored, { readonly: true });
  const has = db.prepare("select 1 from audit_log where entity = 'observation' and json_extract(after, '$.note') = ?");
  const missing = before.filter((note) => !has.get(note)).length;
  const integrity = db.pragma("integrity_check", { simple: true });
  db.close();
  console.log(
    `saves acknowledged before the backup began: ${before.length}, during the backup (${backupMs} ms): ${during}, in all: ${acked.length}; ` +
      `restored copy: integrity_check ${integrity}, missing of those before: ${missing}`,
  );
  process.exitCode = missing === 0 && integrity === "ok" && before.length > 0 ? 0 : 1;
} finally {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
