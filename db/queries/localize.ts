import "server-only";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { contentTexts } from "./translations";
import type { TranslatableEntity } from "../../lib/constants";
import { requestLocale } from "../../lib/i18n/request-locale";

const FIELD = { sector: "name", indicator: "name", project: "name", package: "name", document: "title", milestone: "title", event: "title" } as const;

/**
 * An entity's name or title in the language of the page being rendered (content_translations),
 * the stored English where no translation exists. Queries call it where they hand names to pages,
 * so a page, its export and its CSV show the same name.
 */
export function localName(entity: TranslatableEntity, key: string, english: string, db: AppDatabase = getDb()): string {
  const locale = requestLocale();
  if (locale === "en") return english;
  return contentTexts(locale, db)(entity, key, FIELD[entity], english).text;
}

/** The same for a nullable title (documents not yet identified have none). */
export function localTitle(entity: TranslatableEntity, key: string, english: string | null, db: AppDatabase = getDb()): string | null {
  return english === null ? null : localName(entity, key, english, db);
}
