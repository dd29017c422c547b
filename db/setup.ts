import { sql } from "drizzle-orm";
import { ensureFirstAdmin } from "./auth/users";
import { openDatabase, resolveDatabasePath } from "./connection";
import { runMigrations } from "./migrate";
import { runSeed } from "./seed";
import { sectors } from "./schema";

/**
 * Run before the app starts: migrate, seed only a database that has never been seeded (so rows
 * editors deleted on purpose are not brought back by a restart), and create the first admin
 * account when there is none.
 */
async function main() {
  const file = resolveDatabasePath();
  const db = openDatabase();
  try {
    runMigrations(db);
    const { count } = db.select({ count: sql<number>`count(*)` }).from(sectors).get() ?? { count: 0 };
    if (count === 0) {
      const summary = runSeed(db);
      console.log(`Seeded ${file}: ${JSON.stringify(summary)}`);
    } else {
      console.log(`Database ready at ${file} (already seeded)`);
    }
    await ensureFirstAdmin(db);
  } finally {
    db.$client.close();
  }
}

main().catch((error) => {
  console.error("Database setup failed:", error);
  process.exit(1);
});
