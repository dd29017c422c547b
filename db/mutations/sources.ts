import { eq } from "drizzle-orm";
import { writeTransaction, type AppDatabase } from "../connection";
import { sources } from "../schema";
import { undefinedToNull } from "../../lib/nullable";
import type { SourceFields } from "../../lib/schemas/admin";
import { writeAudit } from "./audit";
import { ConflictError, type Actor } from "./errors";

/** Adds a source an editor can then cite. A URL already on file is refused: cite the existing row. */
export function createSource(db: AppDatabase, input: { fields: SourceFields; reason?: string | null; actor: Actor; now?: Date }) {
  const now = (input.now ?? new Date()).toISOString();
  return writeTransaction(db, (tx) => {
    const existing = tx.select().from(sources).where(eq(sources.url, input.fields.url)).get();
    if (existing) throw new ConflictError((t) => t.admin.conflicts.urlExists, existing);
    const key = `editor-${now.slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
    const after = tx
      .insert(sources)
      .values({ key, ...undefinedToNull(input.fields) })
      .returning()
      .get();
    writeAudit(tx, { actor: input.actor, action: "create", entity: "source", entityId: after.id, entityKey: after.key, before: null, after, reason: input.reason, now });
    return after;
  });
}
