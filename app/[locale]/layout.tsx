import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/i18n/locale-provider";
import { getDictionary, LOCALES } from "@/lib/i18n";
import { pageLocale } from "@/lib/i18n/request-locale";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  if (!locale) return {};
  const t = getDictionary(locale);
  return { title: { default: t.meta.title, template: t.meta.pageTitle("%s") }, description: t.meta.description };
}

/** Every page under its locale (/az, /kk, /ru, /en): an unknown first segment is a 404. */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  if (!locale) notFound();
  return <LocaleProvider locale={locale}>{children}</LocaleProvider>;
}
