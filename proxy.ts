import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";

const negotiate = createMiddleware(routing);

/**
 * Locale negotiation and the redirect of locale-less paths (lib/i18n/routing.ts). next-intl would
 * also set its cookie on a page whenever the page's locale differs from the cookie or the browser's
 * language, which would make that page a response with Set-Cookie: never kept by the page cache
 * (lib/page-cache.js), so every first visit would render. The reader's choice is stored by the
 * language switch instead (components/i18n/language-switch.tsx); redirects keep next-intl's cookie.
 * Both copies go: `set-cookie`, and `x-middleware-set-cookie`, Next's note to the render that the proxy
 * set cookies. A server action that sees that note counts as a cookie change and answers with the whole
 * page re-rendered (80 KB for one save on a 100× database, against 0.5 KB for the result alone).
 */
export default function proxy(request: NextRequest) {
  const response = negotiate(request);
  if (response.status === 200 || !response.headers.has("location")) {
    response.headers.delete("set-cookie");
    response.headers.delete("x-middleware-set-cookie");
  }
  return response;
}

export const config = {
  // Pages only: not the JSON API, Next's assets, the embeds (framed, their own layout), or files (icon.svg, fonts, briefing.pdf).
  matcher: ["/((?!api|_next|embed|fonts|.*\\..*).*)"],
};
