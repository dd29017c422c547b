"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, localePath, splitLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The same view in each language: the path after the locale and the query (filters) are kept.
 * Plain links, not client navigation: the whole document changes language (its `lang`, title and
 * the server-rendered text), and each locale is its own cached page.
 */
export function LanguageSwitch({ locale, label, heading }: { locale: Locale; label: string; heading: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = splitLocale(pathname)?.rest ?? "/";
  // A disclosure, so the whole switch is one Tab stop until opened (and works without JavaScript).
  return (
    <details className="language-switch relative text-sm">
      <summary className="cursor-pointer list-none rounded px-1 py-0.5 text-slate-200 hover:text-white" aria-label={label}>
        <span aria-hidden="true">{heading}: </span>
        <span className="font-medium text-white">{LOCALE_NAMES[locale]}</span> <span aria-hidden="true">▾</span>
      </summary>
      <nav aria-label={label} className="absolute right-0 z-40 mt-1 rounded-md border border-slate-700 bg-slate-900 p-2 shadow-lg">
        <ul className="space-y-1">
          {LOCALES.map((l) => (
            <li key={l}>
              <a
                href={localePath(l, rest) + (search ? `?${search}` : "")}
                hrefLang={l}
                lang={l}
                aria-current={l === locale ? "true" : undefined}
                className={`block whitespace-nowrap px-2 py-1 ${l === locale ? "font-semibold text-white underline underline-offset-4" : "text-slate-200 hover:text-white hover:underline"}`}
                data-locale-link={l}
                // The reader's choice, for "/" and other paths without a language (read by the proxy, proxy.ts).
                onClick={() => {
                  document.cookie = `${LOCALE_COOKIE}=${l}; Path=/; Max-Age=31536000; SameSite=Lax`;
                }}
              >
                {LOCALE_NAMES[l]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
