import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The cached public pages that show each kind of data. After an edit exactly these route
 * groups are re-rendered on their next request (every cached view of them); the others keep
 * their cache. The internal route paths are the ones the rewrites in lib/view-rewrites.js map public URLs to.
 */
const PAGES_SHOWING = {
  observation: ["/v/overview/[view]", "/v/sector/[slug]/[view]", "/v/indicator/[slug]/[view]", "/v/source-check/[view]"],
  document: ["/v/overview/[view]", "/v/sector/[slug]/[view]", "/v/indicator/[slug]/[view]", "/v/documents/[view]", "/documents/[slug]", "/v/source-check/[view]"],
  source: [],
} as const;

export type CachedData = keyof typeof PAGES_SHOWING;

/** The response cache of server.mjs (lib/page-cache.js), when the app runs under it. */
const PAGE_CACHE = Symbol.for("az-kz-monitor.page-cache");

export function invalidatePagesShowing(kinds: readonly CachedData[]): void {
  const paths = new Set(kinds.flatMap((k) => PAGES_SHOWING[k]));
  for (const path of paths) {
    if (path.includes("[")) revalidatePath(path, "page");
    else revalidatePath(path);
  }
  // The front cache keeps finished responses of every public page: drop them all now (it drops
  // them again when this request finishes, after Next has applied the revalidation above).
  if (paths.size > 0) (globalThis as { [PAGE_CACHE]?: { invalidate(): void } })[PAGE_CACHE]?.invalidate();
}
