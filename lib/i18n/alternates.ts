import type { Metadata } from "next";
import { LOCALES, localePath, type Locale } from "./locales";
import { requestLocale } from "./request-locale";

/** A page's canonical URL and the same view in each language (<link rel="alternate" hreflang>), from its locale-less view path. */
export function languageAlternates(view: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: localePath(requestLocale(), view),
    languages: Object.fromEntries(LOCALES.map((l: Locale) => [l, localePath(l, view)])),
  };
}
