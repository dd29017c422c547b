import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getFreshness } from "@/db/queries/freshness";
import { hasUnreviewedMachineTranslations } from "@/db/queries/translations";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { currencyText } from "@/lib/i18n/server-texts";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { localHref, requestLocale } from "@/lib/i18n/request-locale";
import { Suspense } from "react";

/**
 * The site around every page but the embeds (app/embed/), which show one chart and nothing else:
 * skip link, header with the main navigation and the theme toggle, main, footer.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  const t = getDictionary();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t.nav.skipToContent}
      </a>
      <header className="site-header border-b border-slate-200 bg-slate-900 text-white">
        <div className="mx-auto flex max-w-7xl justify-end px-4 pt-2">
          {/* useSearchParams needs a Suspense boundary; the fallback is the same list without the query. */}
          <Suspense fallback={null}>
            <LanguageSwitch locale={requestLocale()} label={t.language.switchLabel} heading={t.language.label} />
          </Suspense>
        </div>
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href={localHref("/")} className="font-semibold tracking-tight">
            <span className="hidden sm:inline">{t.meta.title}</span>
            <span className="sm:hidden">{t.nav.productShort}</span>
          </Link>
          <nav aria-label={t.nav.mainLabel}>
            <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-sm">
              {[
                { href: localHref("/"), label: t.nav.overview },
                { href: localHref("/documents"), label: t.nav.documents },
                { href: localHref("/source-check"), label: t.nav.sourceCheck },
              ].map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="text-slate-200 hover:text-white">
                    {l.label}
                  </Link>
                </li>
              ))}
              <li>
                <button type="button" data-theme-toggle aria-pressed="false" className="text-slate-200 underline-offset-2 hover:text-white hover:underline">
                  {t.nav.darkMode}
                </button>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <footer className="site-footer border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-7xl space-y-1 px-4 py-6 text-xs text-slate-600">
          <FreshnessLine />
          <p>{t.footer.about}</p>
          <p>{t.footer.unknown}</p>
          {hasUnreviewedMachineTranslations(requestLocale()) && <p data-machine-notice>{t.language.machineNotice}</p>}
          <p>
            <Link href={localHref("/login")} className="underline">
              {t.footer.editors}
            </Link>
          </p>
        </div>
      </footer>
    </>
  );
}

/** On every page: how current the data is and when an editor last changed it (db/queries/freshness.ts). */
async function FreshnessLine() {
  // Read per request (never at build time, when there is no database): the page cache keeps the result until the data changes.
  await connection();
  const { dataAsOf, lastEdited } = getFreshness();
  return (
    <p className="font-medium text-slate-800" data-testid="freshness">
      {dataAsOf && <span>{currencyText.dataAsOf(formatDate(dataAsOf))}</span>}
      {dataAsOf && lastEdited && " · "}
      {lastEdited && <span>{currencyText.lastEdited(formatDate(lastEdited))}</span>}
    </p>
  );
}
