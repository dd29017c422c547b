import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
// Inter is self-hosted through @font-face rules in globals.css (Google-hosted fonts via next/font download at
// build time and fail offline).
import "./globals.css";
import { PAGE_SCRIPT, themeCss } from "@/lib/page-theme";
import { getDictionary } from "@/lib/i18n";

const t = getDictionary();

export const metadata: Metadata = {
  title: { default: t.meta.title, template: t.meta.pageTitle("%s") },
  description: t.meta.description,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f172a",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme before React hydrates, hence the warning suppressed on <html> alone.
    <html lang="en" suppressHydrationWarning>
      <head>
        <link rel="preload" href="/fonts/inter-latin-wght-normal.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />
        {/* Chart colours as CSS variables, from the one config exported files also read (lib/charts/theme.ts), and the dark theme (lib/page-theme.ts). */}
        <style dangerouslySetInnerHTML={{ __html: themeCss() }} />
        <script dangerouslySetInnerHTML={{ __html: PAGE_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
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
      </body>
    </html>
  );
}
