import { existsSync, writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { ensureFirstAdmin } from "./auth/users";
import { openDatabase, resolveDatabasePath } from "./connection";
import { runMigrations } from "./migrate";
import { runSeed, seedTranslations } from "./seed";
import { sectors } from "./schema";

/**
 * A file beside the database that records that it existed. It survives the database's deletion,
 * so a start after the file went missing (deleted, unmounted volume, wrong DATABASE_URL on the
 * same path) stops instead of silently creating and seeding an empty database in its place.
 */
const seenMarker = (file: string) => `${file}-seen`;

/**
 * Run before the app starts: migrate, seed only a database that has never been seeded (so rows
 * editors deleted on purpose are not brought back by a restart; seed translations missing from an
 * older database are the one exception, see seedTranslations), and create the first admin
 * account when there is none. `--init` allows creating a new database where one existed before.
 */
async function main() {
  const file = resolveDatabasePath();
  const init = process.argv.includes("--init");
  if (file !== ":memory:" && !existsSync(file) && existsSync(seenMarker(file)) && !init) {
    console.error(
      [
        `The database ${file} is missing, but a database existed there before (${seenMarker(file)}).`,
        "Not creating an empty one in its place. Either put the file back, restore a backup with",
        "  npm run db:restore <backup file>   (backups are in data/backups/)",
        "or, to start over with a new seeded database, run",
        "  npm run db:setup -- --init",
      ].join("\n"),
    );
    process.exit(1);
  }
  const db = openDatabase();
  try {
    runMigrations(db);
    const { count } = db
      .select({ count: sql<number>`count(*)` })
      .from(sectors)
      .get() ?? { count: 0 };
    if (count === 0) {
      const summary = runSeed(db);
      console.log(`Seeded ${file}: ${JSON.stringify(summary)}`);
    } else {
      // Translations came after many databases were seeded: those get the missing ones, and nothing an editor changed is touched.
      const { translationsWritten } = seedTranslations(db);
      console.log(`Database ready at ${file} (already seeded${translationsWritten ? `; added ${translationsWritten} seed translations` : ""})`);
    }
    await ensureFirstAdmin(db);
    if (file !== ":memory:" && !existsSync(seenMarker(file))) {
      writeFileSync(seenMarker(file), `${file} was set up on ${new Date().toISOString()}. While this file exists, db:setup (npm start) will not create a new database in its place without --init.\n`);
    }
  } finally {
    db.$client.close();
  }
}

main().catch((error) => {
  console.error("Database setup failed:", error);
  process.exit(1);
});
