import { NextResponse, type NextRequest } from "next/server";
import { viewPathFor } from "./lib/views";

/**
 * Serves the filtered public pages from statically rendered, cached routes: "/?sector=energy"
 * is rendered once as /v/overview/energy_any_any and then served from the cache until an edit
 * invalidates it. The address bar keeps the public URL.
 */
export function proxy(request: NextRequest) {
  const dest = viewPathFor(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!dest) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = dest;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ["/", "/documents", "/source-check", "/sectors/:slug", "/indicators/:slug"],
};
