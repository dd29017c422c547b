import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { databaseForFile } from "../lib/test-support/temp-db";
import { createUser } from "./auth/users";
import type { AppDatabase } from "./connection";
import { updateObservation } from "./mutations/observations";
import { observations } from "./schema";

let db: AppDatabase;
let file: string;
databaseForFile({ seed: true }, (d, f) => {
  db = d;
  file = f;
});

/** Another process that takes the write lock, says so, holds it for `ms`, then commits. */
async function holdWriteLock(ms: number) {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare("update sources set note = note where id = (select min(id) from sources)").run();
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, file, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return child;
}

describe("a save while another process holds the write lock", () => {
  it("waits for the lock and succeeds instead of failing with SQLITE_BUSY", async () => {
    const actor = await createUser(db, { email: "t@example.test", role: "editor", password: "a-long-password" });
    const row = db.select().from(observations).limit(1).get()!;
    const holder = await holdWriteLock(2000);
    const saved = updateObservation(db, { id: row.id, version: row.version, fields: { ...row, note: "saved after the wait" } as never, actor });
    expect(saved.version).toBe(row.version + 1);
    expect(saved.note).toBe("saved after the wait");
    await once(holder, "exit");
  });
});
