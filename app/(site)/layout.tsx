import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

/** Every page of the site has its navigation and footer; the embeds (app/embed/) are outside this group. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
