import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { editorDatabaseForFile } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { auditLog, observations } from "../schema";
import { ConflictError } from "./errors";
import { updateObservation } from "./observations";
import { revertChange } from "./revert";

let db: AppDatabase;
let actor: { id: number; email: string };
editorDatabaseForFile("editor@example.test", (d, a) => {
  db = d;
  actor = a;
});

const row = () => db.select().from(observations).where(eq(observations.key, "O5")).get()!;
const fieldsOf = (o: ReturnType<typeof row>) => ({
  periodStart: o.periodStart,
  periodEnd: o.periodEnd,
  periodLabel: o.periodLabel,
  periodType: o.periodType,
  value: o.value,
  qualifier: o.qualifier,
  status: o.status,
  reporter: o.reporter,
  sourceId: o.sourceId,
  confidence: o.confidence,
  note: o.note ?? undefined,
});

describe("updateObservation", () => {
  it("writes the change and an audit row together, and bumps the version", () => {
    const before = row();
    const after = updateObservation(db, { id: before.id, version: before.version, fields: { ...fieldsOf(before), value: 1.45 }, reason: "test", actor });
    expect(after.value).toBe(1.45);
    expect(after.version).toBe(before.version + 1);
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, before.id)).all().at(-1)!;
    expect(JSON.parse(audit.before!).value).toBe(before.value);
    expect(JSON.parse(audit.after!).value).toBe(1.45);
    expect(audit.reason).toBe("test");
  });

  it("clears a note the editor emptied (the form sends no value)", () => {
    const noted = updateObservation(db, { id: row().id, version: row().version, fields: { ...fieldsOf(row()), note: "to be removed" }, actor });
    expect(noted.note).toBe("to be removed");
    const cleared = updateObservation(db, { id: noted.id, version: noted.version, fields: { ...fieldsOf(noted), note: undefined }, actor });
    expect(cleared.note).toBeNull();
  });

  it("refuses a stale version and leaves the row as it is", () => {
    const current = row();
    expect(() => updateObservation(db, { id: current.id, version: current.version - 1, fields: { ...fieldsOf(current), value: 99 }, actor })).toThrow(ConflictError);
    expect(row().value).toBe(current.value);
  });

  it("rolls back both the change and the audit row when the transaction throws after the update", () => {
    const current = row();
    const auditCount = db.select().from(auditLog).all().length;
    expect(() =>
      updateObservation(db, {
        id: current.id,
        version: current.version,
        fields: { ...fieldsOf(current), value: 42 },
        actor,
        afterWrite: () => {
          throw new Error("disk full");
        },
      }),
    ).toThrow("disk full");
    expect(row().value).toBe(current.value);
    expect(row().version).toBe(current.version);
    expect(db.select().from(auditLog).all()).toHaveLength(auditCount);
  });

  it("can be reverted, and the revert is audited; reverting a superseded change is refused", () => {
    const current = row();
    const edited = updateObservation(db, { id: current.id, version: current.version, fields: { ...fieldsOf(current), value: 1.3 }, actor });
    const entry = db.select().from(auditLog).all().at(-1)!;
    revertChange(db, { auditId: entry.id, actor });
    expect(row().value).toBe(current.value);
    expect(row().version).toBe(edited.version + 1);
    const revertRow = db.select().from(auditLog).all().at(-1)!;
    expect(revertRow).toMatchObject({ action: "revert", revertOf: entry.id });
    expect(() => revertChange(db, { auditId: entry.id, actor })).toThrow(ConflictError);
  });
});
