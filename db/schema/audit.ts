import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../../lib/constants";
import { users } from "./users";

/**
 * One row per change, written in the same transaction as the change itself. `before` and
 * `after` are JSON snapshots of the row (null for create / delete respectively).
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    userId: integer("user_id").references(() => users.id),
    userEmail: text("user_email").notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    entity: text("entity", { enum: AUDIT_ENTITIES }).notNull(),
    entityId: integer("entity_id").notNull(),
    /** Human-readable handle: observation key, document slug or source key. */
    entityKey: text("entity_key").notNull(),
    before: text("before"),
    after: text("after"),
    reason: text("reason"),
    /** For a revert: the audit row it undid. */
    revertOf: integer("revert_of"),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId), index("audit_at_idx").on(t.at)],
);

export type AuditRow = typeof auditLog.$inferSelect;
