"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { IndicatorFigureRow } from "@/components/indicators/figure-row";
import type { FigurePageResponse } from "@/lib/figures";
import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";

/**
 * The figure table's later pages: the server renders the first (readable without JavaScript, beside
 * the link to the full CSV); each press of "more" fetches the next page from the JSON API by the link
 * the previous page gave, and appends its rows.
 */
export function MoreFigures({ slug, firstNext, shown, total, colSpan }: { slug: string; firstNext: string | null; shown: number; total: number; colSpan: number }) {
  const t = useDictionary().indicator;
  const locale = useLocale();
  const query = useInfiniteQuery({
    queryKey: ["figures", firstNext],
    enabled: false,
    initialPageParam: firstNext,
    queryFn: async ({ pageParam }) => {
      const res = await fetch(pageParam!, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as FigurePageResponse;
    },
    getNextPageParam: (last) => last.page.next,
  });
  // The button works only with JavaScript: before hydration (and without it) the row offers the CSV link above instead.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const pages = query.data?.pages ?? [];
  const rows = pages.flatMap((p) => p.indicators.find((i) => i.slug === slug)?.figures ?? []);
  const next = pages.length ? query.hasNextPage : firstNext !== null;
  const count = shown + rows.length;
  return (
    <>
      {rows.map((f) => (
        <IndicatorFigureRow key={f.id} f={f} locale={locale} />
      ))}
      <tr>
        <td colSpan={colSpan} className="py-2 text-sm text-slate-700">
          <span role="status" aria-live="polite" data-figures-shown={count}>
            {t.shownOf(count, total)}
          </span>{" "}
          {hydrated && next && (
            <button
              type="button"
              className="ml-2 rounded border border-slate-300 px-3 py-1 text-sm font-medium text-sky-900 hover:bg-slate-50 disabled:opacity-60"
              disabled={query.isFetching}
              onClick={() => void (pages.length ? query.fetchNextPage() : query.refetch())}
            >
              {query.isFetching ? t.loadingMore : t.showMore}
            </button>
          )}
          {query.isError && <span className="ml-2 text-red-800">{t.moreError}</span>}
        </td>
      </tr>
    </>
  );
}
