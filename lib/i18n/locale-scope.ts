import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { registerLocaleScope } from "./request-locale";

/**
 * The locale of a route handler's work (the JSON and CSV a chart's export reads, the briefing PDF):
 * React's per-request cache exists only while rendering, so handlers run their work inside this
 * scope and everything below them (dictionary, formatting, links) reads it through requestLocale().
 */
const scope = new AsyncLocalStorage<Locale>();
registerLocaleScope(() => scope.getStore());

export function withLocale<T>(locale: Locale, work: () => T): T {
  return scope.run(locale, work);
}

/** The `lang` query parameter of an API request: one of the app's locales, English when absent; null when invalid. */
export function langParam(search: URLSearchParams): Locale | null {
  const raw = search.get("lang");
  if (raw === null || raw === "") return DEFAULT_LOCALE;
  return isLocale(raw) ? raw : null;
}
