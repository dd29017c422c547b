"use client";

import { useSyncExternalStore } from "react";

/** Fired after a client-side filter change, so lists that refetch on their own can follow the URL. */
export const FILTERS_CHANGE_EVENT = "azkz:filters-change";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(FILTERS_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(FILTERS_CHANGE_EVENT, onChange);
  };
}

/**
 * The address bar's query string, following pushState changes made by the filters and the
 * back/forward buttons. On the server (and during hydration) it is `serverSearch`, the view the
 * page was rendered for, so static pages need no request-time search params.
 */
export function useLocationSearch(serverSearch: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => serverSearch,
  );
}
