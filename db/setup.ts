import { sql } from "drizzle-orm";
import { openDatabase, resolveDatabasePath } from "./connection";
import { runMigrations } from "./migrate";
import { runSeed } from "./seed";
import { sectors } from "./schema";

/**
 * Run before the app starts: migrate, then seed only a database that has never been seeded,
 * so that rows editors deleted on purpose are not brought back by a restart.
 */
function main() {
  const file = resolveDatabasePath();
  const db = openDatabase();
  runMigrations(db);
  const { count } = db.select({ count: sql<number>`count(*)` }).from(sectors).get() ?? { count: 0 };
  if (count === 0) {
    const summary = runSeed(db);
    console.log(`Seeded ${file}: ${JSON.stringify(summary)}`);
  } else {
    console.log(`Database ready at ${file} (already seeded)`);
  }
  db.$client.close();
}

try {
  main();
} catch (error) {
  console.error("Database setup failed:", error);
  process.exit(1);
}
