import { errorsEn, type ErrorTexts } from "./errors";
import { errorsKk } from "./errors-kk";
import { errorsRu } from "./errors-ru";
import type { Locale } from "./locales";

const byLocale: Partial<Record<Locale, ErrorTexts>> = { en: errorsEn, kk: errorsKk, ru: errorsRu };

/** The error page's text for a locale, without loading the rest of the dictionary (the error boundary is client code on every page). */
export function getErrorTexts(locale: Locale): ErrorTexts {
  return byLocale[locale] ?? errorsEn;
}
