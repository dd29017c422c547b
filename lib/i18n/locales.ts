/** The app's languages, in the order the language switch lists them. */
export const LOCALES = ["az", "kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie that remembers the reader's choice of language. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language's own name, as the switch shows it (the same in every locale). */
export const LOCALE_NAMES: Record<Locale, string> = { az: "Azərbaycanca", kk: "Қазақша", ru: "Русский", en: "English" };

/** The BCP 47 tag for Intl formatting: British English conventions for en (day month year, as before). */
export const INTL_LOCALE: Record<Locale, string> = { az: "az-Latn-AZ", kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** A site path in a locale: localePath("az", "/sectors/energy") → "/az/sectors/energy"; "/" → "/az". */
export function localePath(locale: Locale, path: string): string {
  return path === "/" || path === "" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** Splits "/kk/sectors/energy" into "kk" and "/sectors/energy"; a path without a locale gives null. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } | null {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (!m || !isLocale(m[1])) return null;
  return { locale: m[1], rest: m[2] ?? "/" };
}
