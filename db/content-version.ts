import Database from "better-sqlite3";
import { todayIso } from "../lib/clock";
import { resolveDatabasePath } from "./connection";

/**
 * The page cache's stamp: the content version within today's date. Public pages say which plans
 * are overdue, which depends on the day as well as the data, so a page rendered yesterday is not
 * served today even when no row changed. Both parts fit exactly in a double (day < 2^21, version < 2^32).
 */
export function pageStamp(version: number, today: string = todayIso()): number {
  const day = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  return day * 2 ** 32 + version;
}

/**
 * The content version (db/schema/content-version.ts) read straight from the database file, for
 * the page cache in server.mjs: one prepared single-row read per request, on a connection of its
 * own, so it sees commits from this process's app connection and from any other process alike.
 * It returns the version combined with today's date (pageStamp). Returns null while there is no version to read (no database file yet, or not migrated): the
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
        const version = statement.get()?.version;
        return version === undefined ? null : pageStamp(version);
      } catch {
        statement = null;
        return null;
      }
    },
    close: () => sqlite?.close(),
  };
}
