import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";

/**
 * next-intl's request configuration: only the locale. Interface text lives in the typed
 * dictionaries (lib/i18n/<locale>.ts), whose completeness the type checker enforces.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  return { locale: isLocale(requested) ? requested : DEFAULT_LOCALE, messages: {} };
});
