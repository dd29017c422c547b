import { errorsEn, type ErrorTexts } from "./errors";
import { errorsAz } from "./errors-az";
import { errorsKk } from "./errors-kk";
import { errorsRu } from "./errors-ru";
import type { Locale } from "./locales";

const byLocale: Record<Locale, ErrorTexts> = { az: errorsAz, kk: errorsKk, ru: errorsRu, en: errorsEn };

/** The error page's text for a locale, without loading the rest of the dictionary (the error boundary is client code on every page). */
export function getErrorTexts(locale: Locale): ErrorTexts {
  return byLocale[locale];
}
