"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useTransition } from "react";
import { filtersToQuery, parseFilters, SECTOR_FILTER_VALUES, type Filters } from "@/lib/filters";
import { getDictionary } from "@/lib/i18n";

interface Props {
  /** Years offered in the From/To selects, oldest first (from the data, not hard-coded). */
  years: number[];
  packages?: { slug: string; name: string }[];
  sectorLabels: Record<string, string>;
  /** The sector select is hidden where the page itself is one sector. */
  showSector?: boolean;
  /**
   * "server": the page re-renders on the server (soft navigation). "client": only the URL changes
   * and client components refetch what they show (TanStack Query), without a server render.
   */
  navigation?: "server" | "client";
}

/**
 * Sector and period filters kept in the URL. A change pushes a new history entry (so back and
 * forward restore the view) and re-renders only the page content in a transition, without a
 * full reload or a jump to the top.
 */
export function FilterBar({ years, packages, sectorLabels, showSector = true, navigation = "server" }: Props) {
  const t = getDictionary();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const filters = parseFilters(params);
  const id = useId();

  function update(change: Partial<Filters>) {
    const next: Filters = { ...filters, ...change };
    if (next.from !== undefined && next.to !== undefined && next.from > next.to) {
      if ("from" in change) next.to = next.from;
      else next.from = next.to;
    }
    const url = `${pathname}${filtersToQuery(next)}`;
    // Next keeps useSearchParams in step with history.pushState, so back and forward still work.
    if (navigation === "client") window.history.pushState(null, "", url);
    else startTransition(() => router.push(url, { scroll: false }));
  }

  const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
  return (
    <form className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3" aria-label={t.filters.label} onSubmit={(e) => e.preventDefault()}>
      {showSector && (
      <div className="min-w-[9rem] flex-1 sm:flex-none">
        <label htmlFor={`${id}-sector`} className="text-xs font-medium text-slate-700">
          {t.filters.sector}
        </label>
        <select id={`${id}-sector`} className={selectClass} value={filters.sector} onChange={(e) => update({ sector: e.target.value as Filters["sector"] })}>
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
          <select id={`${id}-package`} className={selectClass} value={filters.package ?? ""} onChange={(e) => update({ package: e.target.value || undefined })}>
            <option value="">{t.filters.allPackages}</option>
            {packages.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="w-[6.5rem]">
        <label htmlFor={`${id}-from`} className="text-xs font-medium text-slate-700">
          {t.filters.from}
        </label>
        <select id={`${id}-from`} className={selectClass} value={filters.from ?? ""} onChange={(e) => update({ from: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t.filters.any}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="w-[6.5rem]">
        <label htmlFor={`${id}-to`} className="text-xs font-medium text-slate-700">
          {t.filters.to}
        </label>
        <select id={`${id}-to`} className={selectClass} value={filters.to ?? ""} onChange={(e) => update({ to: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t.filters.any}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {(filters.sector !== "all" || filters.from !== undefined || filters.to !== undefined || filters.package) && (
        <button type="button" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50" onClick={() => update({ sector: "all", from: undefined, to: undefined, package: undefined })}>
          {t.filters.reset}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-xs text-slate-500">
        {pending ? t.filters.updating : ""}
      </p>
    </form>
  );
}
