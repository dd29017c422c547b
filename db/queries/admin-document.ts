import "server-only";
import { getDb } from "../index";
import type { AppDatabase } from "../connection";
import { documentSnapshot } from "../mutations/documents";

/** A document with its links, as the edit form needs it. */
export function getDocumentForEdit(input: { id: number }, db: AppDatabase = getDb()) {
  return db.transaction((tx) => documentSnapshot(tx, input.id));
}
