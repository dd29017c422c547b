import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

/** Locale negotiation and the redirect of locale-less paths (lib/i18n/routing.ts). */
export default createMiddleware(routing);

export const config = {
  // Pages only: not the JSON API, Next's assets, the embeds (framed, their own layout), or files (icon.svg, fonts, briefing.pdf).
  matcher: ["/((?!api|_next|embed|fonts|.*\\..*).*)"],
};
