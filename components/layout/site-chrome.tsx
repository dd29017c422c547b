import Link from "next/link";
import type { ReactNode } from "react";
import { getDictionary } from "@/lib/i18n";

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
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="font-semibold tracking-tight">
            <span className="hidden sm:inline">{t.meta.title}</span>
            <span className="sm:hidden">{t.nav.productShort}</span>
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-sm">
              {[
                { href: "/", label: t.nav.overview },
                { href: "/documents", label: t.nav.documents },
                { href: "/source-check", label: t.nav.sourceCheck },
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
          <p>{t.footer.about}</p>
          <p>{t.footer.unknown}</p>
          <p>
            <Link href="/login" className="underline">
              {t.footer.editors}
            </Link>
          </p>
        </div>
      </footer>
    </>
  );
}
