import { sql } from "drizzle-orm";
import { check, integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * One row: the version of everything the public pages show. Triggers on every content table
 * (migration 0002) add one to it inside the transaction that changes a row, so a page cache can
 * tell, with one indexed read, whether a page was rendered from the current data; no code path
 * can forget to bump it, and a direct SQL edit counts too. Accounts and sessions have no trigger:
 * signing in changes no public page.
 */
export const contentVersion = sqliteTable("content_version", { id: integer("id").primaryKey(), version: integer("version").notNull() }, (t) => [check("content_version_single_row", sql`${t.id} = 1`)]);
