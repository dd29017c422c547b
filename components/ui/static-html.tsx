import { headers } from "next/headers";
import type { ReactNode } from "react";
import { StaticHtmlClient, type StaticTag } from "@/components/ui/static-html-client";
import { staticMarkup } from "@/components/ui/static-markup";
import { putHtml } from "@/lib/html-handoff";
import { REQUEST_KIND_HEADER } from "@/lib/html-handoff-header";

/**
 * Static markup (chart drawings, figure tables) inserted once per page load. A server
 * component's output reaches the browser twice, as HTML and again, escaped, in the page's data
 * for hydration; for markup React never updates, the second copy is dead weight (over half of
 * an overview page). On a page load (server.mjs marks it) the data carries a token and the HTML
 * render takes the markup from lib/html-handoff.ts; for client navigations the data carries the
 * markup, since there is no HTML. Under `next dev` (no mark) the markup always travels inline.
 */
export async function StaticHtml({ html, as, className }: { html: string; as?: StaticTag; className?: string }) {
  // Nothing to draw, no element: an empty one would look, on hydration, like markup this window never saw.
  if (html === "") return null;
  const kind = (await headers()).get(REQUEST_KIND_HEADER);
  return kind === "document" ? <StaticHtmlClient token={putHtml(html)} as={as} className={className} /> : <StaticHtmlClient html={html} as={as} className={className} />;
}

/** A pure element tree (see components/ui/static-markup.ts) as static markup. */
export function Static({ children, as, className }: { children: ReactNode; as?: StaticTag; className?: string }) {
  return <StaticHtml html={staticMarkup(children)} as={as} className={className} />;
}
