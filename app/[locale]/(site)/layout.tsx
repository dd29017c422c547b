import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { pageLocale, type LocaleParams } from "@/lib/i18n/request-locale";

/** Every page of the site has its navigation and footer; the embeds (app/embed/) are outside this group. */
export default async function SiteLayout({ params, children }: LocaleParams & { children: ReactNode }) {
  await pageLocale(params);
  return <SiteChrome>{children}</SiteChrome>;
}
