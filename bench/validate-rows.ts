// Checks every row of the database against the app's own validators and prints one JSON line:
// per table its row count and a fingerprint (SHA-256 of all rows), the rows that fail, and
// integrity_check. Used by bench/fuzz.mjs before and after a run. DATABASE_URL picks the file.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { resolveDatabasePath } from "../db/connection";
import { observationFields, sourceSchema } from "../lib/schemas/admin";
import { isRealDate, unsafeTextProblem } from "../lib/schemas/common";

const db = new Database(resolveDatabasePath(), { readonly: true, fileMustExist: true });
const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((t) => t.name);
const invalid: string[] = [];
const fingerprints: Record<string, { rows: number; fingerprint: string }> = {};
const DATE_COLUMNS = new Set(["period_start", "period_end", "published_on", "signed_on"]);
// Columns written by the app itself, not typed by anyone (JSON snapshots, hashes, user agents).
const MACHINE_COLUMNS = new Set(["before", "after", "password_hash", "user_agent"]);

for (const table of tables) {
  const rows = db.prepare(`select * from "${table}" order by rowid`).all() as Record<string, unknown>[];
  const hash = createHash("sha256");
  for (const row of rows) {
    hash.update(JSON.stringify(row));
    for (const [column, value] of Object.entries(row)) {
      if (typeof value !== "string") continue;
      if (DATE_COLUMNS.has(column) && !isRealDate(value)) invalid.push(`${table}.${column} = ${JSON.stringify(value)}: not a real date`);
      const problem = MACHINE_COLUMNS.has(column) ? null : unsafeTextProblem(value);
      if (problem) invalid.push(`${table}.${column} (row ${JSON.stringify(row.id ?? row.key)}): ${problem}`);
    }
  }
  fingerprints[table] = { rows: rows.length, fingerprint: hash.digest("hex").slice(0, 16) };
}

// The whole-row validators the forms use, for the two entities edited field by field.
const camel = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v ?? undefined]));
for (const row of db.prepare("select * from observations").all() as Record<string, unknown>[]) {
  const r = observationFields.safeParse(camel(row));
  if (!r.success) invalid.push(`observations ${String(row.key)}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
}
for (const row of db.prepare("select * from sources").all() as Record<string, unknown>[]) {
  const r = sourceSchema.safeParse(camel(row));
  if (!r.success) invalid.push(`sources ${String(row.key)}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
}

const integrity = db.pragma("integrity_check", { simple: true });
db.close();
console.log(JSON.stringify({ integrity, invalid, tables: fingerprints }));
