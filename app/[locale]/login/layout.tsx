import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { pageLocale, type LocaleParams } from "@/lib/i18n/request-locale";

/** Sign-in sits outside the (site) group, beside the admin area, with the same header and footer. */
export default async function LoginLayout({ params, children }: LocaleParams & { children: ReactNode }) {
  await pageLocale(params);
  return <SiteChrome>{children}</SiteChrome>;
}
