import type { Metadata, Viewport } from "next";
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
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
