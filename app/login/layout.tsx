import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

/** Sign-in sits outside the (site) group, beside the admin area, with the same header and footer. */
export default function LoginLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
