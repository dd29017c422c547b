import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
// Inter is self-hosted through @font-face rules in globals.css (Google-hosted fonts via next/font download at
// build time and fail offline).
import "./globals.css";
import { PAGE_SCRIPT, themeCss } from "@/lib/page-theme";
import { getLocale } from "next-intl/server";
import { getDictionary, isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n";

/** The Inter subsets a page's first screen needs, by language (ə ğ ı ş are Latin Extended; ә ғ қ ң ө ұ ү һ Cyrillic Extended). */
const PRELOAD_FONTS: Record<Locale, string[]> = { az: ["latin", "latin-ext"], kk: ["cyrillic", "cyrillic-ext"], ru: ["cyrillic"], en: ["latin"] };

/** The locale next-intl's proxy negotiated for this request (English for the embeds, which it does not handle). */
async function documentLocale() {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The public address (SITE_URL) makes canonical and hreflang links absolute, as search engines
 * require. Not taken from the request's Host header: the page cache keeps one copy of each page for
 * every visitor, so a forged Host would otherwise be written into everyone's links.
 */
function siteUrl(): URL | null {
  try {
    return process.env.SITE_URL ? new URL(process.env.SITE_URL) : null;
  } catch {
    return null;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = getDictionary(await documentLocale());
  const base = siteUrl();
  // The title template is set by app/[locale]/layout.tsx; one here would be applied to that layout's own title too.
  return { title: t.meta.title, description: t.meta.description, ...(base ? { metadataBase: base } : {}) };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f172a",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await documentLocale();
  return (
    // The head script sets data-theme before React hydrates, hence the warning suppressed on <html> alone.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {PRELOAD_FONTS[locale].map((subset) => (
          <link key={subset} rel="preload" href={`/fonts/inter-${subset}-wght-normal.woff2`} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        {/* Chart colours as CSS variables, from the one config exported files also read (lib/charts/theme.ts), and the dark theme (lib/page-theme.ts). */}
        <style dangerouslySetInnerHTML={{ __html: themeCss() }} />
        <script dangerouslySetInnerHTML={{ __html: PAGE_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
