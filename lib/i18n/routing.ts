import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./locales";

/**
 * Locale routing, negotiated by next-intl's proxy (proxy.ts): every page lives under its locale
 * (/az/…, /kk/…, /ru/…, /en/…), so a link, a cached page and an export carry one language. A path
 * without a locale (/, /sectors/energy) is redirected to the reader's last choice (the cookie,
 * set whenever they open a page in another language), else the best match for Accept-Language,
 * else English.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // hreflang alternates are written into each page's <head> (lib/i18n/metadata.ts), where the page cache keeps them.
  alternateLinks: false,
});
