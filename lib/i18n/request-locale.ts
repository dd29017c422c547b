import { cache } from "react";
import { viewHref, type Filters, type PublicPage } from "../search-params";
import { DEFAULT_LOCALE, isLocale, localePath, type Locale } from "./locales";

/**
 * The locale of the request being rendered, for server code that has no `params` at hand (the
 * dictionary, formatting, links). Every page, layout and generateMetadata under app/[locale]
 * sets it from its route parameter first (`pageLocale`); React's `cache` scopes it to one
 * request. Outside a render (route handlers, tests) nothing is stored and code passes a locale.
 */
const store = cache((): { locale?: Locale } => ({}));

export function setRequestLocale(locale: Locale): void {
  store().locale = locale;
}

/** A locale scope outside React's render (route handlers), registered by lib/i18n/locale-scope.ts on the server only. */
let scoped: () => Locale | undefined = () => undefined;
export function registerLocaleScope(read: () => Locale | undefined): void {
  scoped = read;
}

export function requestLocale(): Locale {
  // In the browser a document has one language, the one its <html lang> names (the language switch reloads the page).
  if (typeof document !== "undefined") return isLocale(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LOCALE;
  return store().locale ?? scoped() ?? DEFAULT_LOCALE;
}

/** A page's locale from its route parameter, stored for the rest of the render; null when the segment is not a locale. */
export async function pageLocale(params: Promise<{ locale?: string }>): Promise<Locale | null> {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  setRequestLocale(locale);
  return locale;
}

/** The route parameter every page and layout under app/[locale] receives. */
export type LocaleParams = { params: Promise<{ locale: string }> };

/** A site path in the language of the page being rendered: "/sectors/energy" → "/kk/sectors/energy". */
export function localHref(path: string): string {
  return localePath(requestLocale(), path);
}

/** viewHref (lib/search-params.ts) for the page being rendered, in its language. */
export function localViewHref(page: Exclude<PublicPage, "embedIndicator" | "embedPanel">, pathname: string, filters: Partial<Filters>): string {
  return localePath(requestLocale(), viewHref(page, pathname, filters));
}

/** "&lang=kk" for an API URL asked from a page not in English (the API's default), else "". */
export function langQuery(): string {
  const locale = requestLocale();
  return locale === DEFAULT_LOCALE ? "" : `&lang=${locale}`;
}
