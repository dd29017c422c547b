/**
 * The request header server.mjs sets on every request it passes to Next: "document" for a page
 * load (GET/HEAD without Next's `rsc` or `next-action` headers), "data" for everything else
 * (client navigations, prefetches, server actions). Next hides `rsc` from pages and from the
 * proxy, so the kind is decided in front of Next. Any value the client sends is overwritten.
 */
export const REQUEST_KIND_HEADER = "x-monitor-request-kind";
