import { getDictionary } from "./i18n";
import type { Filters } from "./search-params";

/**
 * Kept apart from the URL grammar (lib/search-params.ts), which the filter bar runs in the browser:
 * this reads the dictionary, and importing it there put every language's text into first-load JavaScript.
 *
 * A page title naming the filters in effect: "Documents: Energy, 2022–2025". `sectorNames` gives
 * the sectors' display names (from the database); a default filter adds nothing.
 */
export function filteredTitle(base: string, f: Partial<Filters>, sectorNames: Record<string, string> = {}): string {
  const parts = [f.sector && f.sector !== "all" ? (sectorNames[f.sector] ?? f.sector) : undefined, f.package, getDictionary().filters.range(f.from, f.to)].filter(Boolean);
  return parts.length > 0 ? `${base}: ${parts.join(", ")}` : base;
}
