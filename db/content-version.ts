import Database from "better-sqlite3";
import { resolveDatabasePath } from "./connection";

/**
 * The content version (db/schema/content-version.ts) read straight from the database file, for
 * the page cache in server.mjs: one prepared single-row read per request, on a connection of its
 * own, so it sees commits from this process's app connection and from any other process alike.
 * Returns null while there is no version to read (no database file yet, or not migrated): the
 * page cache then keeps nothing and Next renders every request, showing any error itself.
 */
export function openContentVersionReader(url?: string): { read(): number | null; close(): void } {
  const file = resolveDatabasePath(url);
  let sqlite: Database.Database | null = null;
  let statement: Database.Statement<[], { version: number }> | null = null;
  return {
    read() {
      try {
        if (!sqlite) {
          sqlite = new Database(file, { fileMustExist: true });
          sqlite.pragma("busy_timeout = 5000");
        }
        statement ??= sqlite.prepare<[], { version: number }>("select version from content_version where id = 1");
        return statement.get()?.version ?? null;
      } catch {
        statement = null;
        return null;
      }
    },
    close: () => sqlite?.close(),
  };
}
