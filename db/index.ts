import "server-only";
import { openDatabase, type AppDatabase } from "./connection";

// One connection per server process; kept on globalThis so dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { __appDb?: AppDatabase };

export function getDb(): AppDatabase {
  globalForDb.__appDb ??= openDatabase();
  return globalForDb.__appDb;
}
