import { auditLog } from "../schema";
import type { AuditAction, AuditEntity } from "../../lib/constants";
import type { Actor } from "./errors";

/** The transaction handle drizzle passes to db.transaction callbacks. */
export type Tx = Parameters<Parameters<import("../connection").AppDatabase["transaction"]>[0]>[0];

export function writeAudit(
  tx: Tx,
  row: { actor: Actor; action: AuditAction; entity: AuditEntity; entityId: number; entityKey: string; before: unknown; after: unknown; reason?: string | null; revertOf?: number | null; now: string },
): number {
  return tx
    .insert(auditLog)
    .values({
      at: row.now,
      userId: row.actor.id,
      userEmail: row.actor.email,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      entityKey: row.entityKey,
      before: row.before === null || row.before === undefined ? null : JSON.stringify(row.before),
      after: row.after === null || row.after === undefined ? null : JSON.stringify(row.after),
      reason: row.reason ?? null,
      revertOf: row.revertOf ?? null,
    })
    .returning({ id: auditLog.id })
    .get().id;
}
