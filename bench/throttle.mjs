// Sign-in throttling under attack, against the production server (npm run build first):
// 100 parallel wrong passwords for one account, each claiming another X-Forwarded-For address,
// without and with TRUST_PROXY; then the owner signs in from an address it used before.
// Argon2 verifications are counted as the attempts the server admitted: it records an attempt in
// the same transaction that checks the limits, before verifying, and verifies every one it records.
import Database from "better-sqlite3";
import { actionIds, signIn } from "./actions.mjs";
import { BENCH_DB, requireBuild, resetBenchDatabase, startServer, stopServer } from "./server.mjs";

requireBuild();
const PORT = 3311;
const base = `http://127.0.0.1:${PORT}`;
const OWNER = { email: "owner@bench.test", password: "the-owners-long-password" };
process.env.ADMIN_EMAIL = OWNER.email;
process.env.ADMIN_PASSWORD = OWNER.password;
const ids = actionIds();
const query = (sql) => {
  const db = new Database(BENCH_DB, { readonly: true });
  try {
    return db.prepare(sql).get().n;
  } finally {
    db.close();
  }
};
const attempts = () => query("select count(*) as n from sign_in_attempts");

async function scenario(trustProxy) {
  await resetBenchDatabase("ignore");
  if (trustProxy) process.env.TRUST_PROXY = String(trustProxy);
  else delete process.env.TRUST_PROXY;
  const server = await startServer(PORT);
  try {
    // The owner's usual address: a loopback alias without a proxy, a forwarded address with one.
    const ownerVia = trustProxy ? { headers: { "x-forwarded-for": "198.51.100.5" } } : { localAddress: "127.0.0.5" };
    const first = await signIn(base, ids, { ...OWNER, ...ownerVia });
    if (!first.cookie) throw new Error(`the owner could not sign in first: ${JSON.stringify(first.result)}`);

    const before = attempts();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(base, ids, { email: OWNER.email, password: `wrong-guess-${i}`, localAddress: "127.0.0.1", headers: { "x-forwarded-for": `203.0.113.${i + 1}` } })),
    );
    const verified = attempts() - before;
    const addresses = query(`select count(distinct ip) as n from sign_in_attempts where id > ${before}`);
    const throttled = results.filter((r) => /Too many/.test(r.result?.error ?? "")).length;
    const accepted = results.filter((r) => r.cookie).length;
    const statuses = [...new Set(results.map((r) => r.res.status))].join(",");

    const stranger = await signIn(base, ids, { ...OWNER, ...(trustProxy ? { headers: { "x-forwarded-for": "192.0.2.99" } } : { localAddress: "127.0.0.9" }) });
    const owner = await signIn(base, ids, { ...OWNER, ...ownerVia });
    console.log(
      `TRUST_PROXY=${trustProxy}: 100 parallel wrong passwords with rotating X-Forwarded-For -> ${verified} Argon2 verifications (limit 5) counted under ${addresses} address(es), ${throttled} throttled, ${accepted} accepted, HTTP ${statuses}; ` +
        `right password from a new address: ${stranger.cookie ? "signed in" : "refused (throttled)"}; owner from a previous address: ${owner.cookie ? "signed in" : "REFUSED"}`,
    );
    return { verified, accepted, ownerOk: Boolean(owner.cookie) };
  } finally {
    await stopServer(server);
  }
}

const a = await scenario(0);
const b = await scenario(1);
const ok = a.verified <= 5 && b.verified <= 5 && a.accepted === 0 && b.accepted === 0 && a.ownerOk && b.ownerOk;
console.log(ok ? "throttling holds" : "THROTTLING FAILED");
process.exit(ok ? 0 : 1);
