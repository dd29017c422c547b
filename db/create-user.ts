import { parseArgs } from "node:util";
import { ROLES, type Role } from "../lib/constants";
import { createUser, generatePassword } from "./auth/users";
import { openDatabase } from "./connection";
import { runMigrations } from "./migrate";

/**
 * npm run admin:create -- <email> [--role editor|admin]
 * Creates an account with a random password printed once (or PASSWORD from the environment).
 */
async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: "string", default: "editor" } } });
  const email = positionals[0];
  if (!email) throw new Error("Usage: npm run admin:create -- <email> [--role editor|admin]");
  if (!ROLES.includes(values.role as Role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  const password = process.env.PASSWORD || generatePassword();
  const db = openDatabase();
  try {
    runMigrations(db);
    const user = await createUser(db, { email, role: values.role as Role, password });
    console.log(`Created ${user.role} ${user.email}.`);
    if (!process.env.PASSWORD) console.log(`Password (shown only now): ${password}`);
  } finally {
    db.$client.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
