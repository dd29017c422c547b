"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { filtersToQuery, parseFilters, SECTOR_FILTER_VALUES, type Filters } from "@/lib/search-params";
import { FILTERS_CHANGE_EVENT, useLocationSearch } from "@/lib/use-location-search";
import type { filterLabels } from "@/lib/i18n";

interface Props {
  /** The view being shown (from the route), so the first paint already has the right values. */
  filters: Filters;
  /** The public path the filters apply to, e.g. "/" or "/sectors/trade". */
  basePath: string;
  /** Years offered in the From/To selects, oldest first (from the data, not hard-coded). */
  years: number[];
  packages?: { slug: string; name: string }[];
  sectorLabels: Record<string, string>;
  /** The bar's words, from the server (no dictionary in the browser). */
  labels: ReturnType<typeof filterLabels>;
  /** The sector select is hidden where the page itself is one sector. */
  showSector?: boolean;
  /**
   * "server": navigate to the (cached) page for the new view, re-rendering only what changes.
   * "client": only the URL changes and client components refetch what they show (TanStack Query).
   */
  navigation?: "server" | "client";
}

/**
 * Sector and period filters kept in the URL. A change pushes a history entry, so back, forward
 * and reload restore the view; nothing reloads the whole page or jumps to the top.
 */
export function FilterBar({ filters, basePath, years, packages, sectorLabels, labels, showSector = true, navigation = "server" }: Props) {
  const t = { filters: labels };
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  // Shows the choice at once while the new view loads; follows the route when it changes (back/forward).
  // In client mode the route never re-renders, so the address bar (incl. back/forward) is the truth.
  const search = useLocationSearch(filtersToQuery(filters));
  const routeKey = navigation === "client" ? search : filtersToQuery(filters);
  const routeFilters = navigation === "client" ? parseFilters(new URLSearchParams(search)) : filters;
  const [shown, setShown] = useState<{ routeKey: string; value: Filters }>({ routeKey, value: routeFilters });
  const current = shown.routeKey === routeKey ? shown.value : routeFilters;
  if (shown.routeKey !== routeKey) setShown({ routeKey, value: routeFilters });

  function update(change: Partial<Filters>) {
    const next: Filters = { ...current, ...change };
    if (next.from !== undefined && next.to !== undefined && next.from > next.to) {
      if ("from" in change) next.to = next.from;
      else next.from = next.to;
    }
    setShown({ routeKey, value: next });
    const url = `${basePath}${filtersToQuery(next)}`;
    if (navigation === "client") {
      window.history.pushState(null, "", url);
      window.dispatchEvent(new Event(FILTERS_CHANGE_EVENT));
    } else startTransition(() => router.push(url, { scroll: false }));
  }

  const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
  const yearSelect = (key: "from" | "to", label: string) => (
    <div className="w-[6.5rem]">
      <label htmlFor={`${id}-${key}`} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={`${id}-${key}`} className={selectClass} value={current[key] ?? ""} onChange={(e) => update({ [key]: e.target.value ? Number(e.target.value) : undefined })}>
        <option value="">{t.filters.any}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3" aria-label={t.filters.label} onSubmit={(e) => e.preventDefault()}>
      {showSector && (
        <div className="min-w-[9rem] flex-1 sm:flex-none">
          <label htmlFor={`${id}-sector`} className="text-xs font-medium text-slate-700">
            {t.filters.sector}
          </label>
          <select id={`${id}-sector`} className={selectClass} value={current.sector} onChange={(e) => update({ sector: e.target.value as Filters["sector"] })}>
            {SECTOR_FILTER_VALUES.map((s) => (
              <option key={s} value={s}>
                {s === "all" ? t.filters.allSectors : (sectorLabels[s] ?? s)}
              </option>
            ))}
          </select>
        </div>
      )}
      {packages && (
        <div className="min-w-[9rem] flex-1 sm:flex-none">
          <label htmlFor={`${id}-package`} className="text-xs font-medium text-slate-700">
            {t.filters.package}
          </label>
          <select id={`${id}-package`} className={selectClass} value={current.package ?? ""} onChange={(e) => update({ package: e.target.value || undefined })}>
            <option value="">{t.filters.allPackages}</option>
            {packages.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {yearSelect("from", t.filters.from)}
      {yearSelect("to", t.filters.to)}
      {(current.sector !== "all" || current.from !== undefined || current.to !== undefined || current.package) && (
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
          onClick={() => update({ sector: "all", from: undefined, to: undefined, package: undefined })}
        >
          {t.filters.reset}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-xs text-slate-500">
        {pending ? t.filters.updating : ""}
      </p>
    </form>
  );
}
