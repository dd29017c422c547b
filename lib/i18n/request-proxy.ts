import { requestLocale } from "./request-locale";
import type { Locale } from "./locales";

/**
 * One object whose properties are read, at each access, from the table entry for the locale of
 * the page being rendered (lib/i18n/request-locale.ts): modules keep one import and a module-level
 * binding, and still speak the request's language.
 */
export function requestProxy<T extends object>(byLocale: Partial<Record<Locale, T>>, fallback: T): T {
  const current = () => byLocale[requestLocale()] ?? fallback;
  return new Proxy(fallback, {
    get: (_, key) => current()[key as keyof T],
    getOwnPropertyDescriptor: (_, key) => ({ configurable: true, enumerable: true, value: current()[key as keyof T] }),
  });
}
