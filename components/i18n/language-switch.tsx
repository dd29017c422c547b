"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_NAMES, LOCALES, localePath, splitLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The same view in each language: the path after the locale and the query (filters) are kept.
 * Plain links, not client navigation: the whole document changes language (its `lang`, title and
 * the server-rendered text), and each locale is its own cached page.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = splitLocale(pathname)?.rest ?? "/";
  return (
    <nav aria-label={label} className="language-switch">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={localePath(l, rest) + (search ? `?${search}` : "")}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? "true" : undefined}
              className={l === locale ? "font-semibold text-white underline underline-offset-4" : "text-slate-200 hover:text-white hover:underline"}
              data-locale-link={l}
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
