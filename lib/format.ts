import type { ValueQualifier } from "./constants";
import { getDictionary } from "./i18n";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Formats a stored number the way it was published: "~680", ">900", "547.6", "77,000". */
export function formatValue(value: number, qualifier: ValueQualifier = "exact"): string {
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 1 : abs >= 1 ? 3 : 3;
  const text = new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(value);
  const prefix = { exact: "", approx: "~", more_than: ">", less_than: "<" }[qualifier];
  return `${prefix}${text}`;
}

/** "USD million" → "mUSD"-style short units for tight spaces; unknown units pass through. */
export function shortUnit(unit: string): string {
  const map: Record<string, string> = {
    "USD million": "mUSD",
    "million tonnes": "Mt",
    "million tonnes a year": "Mt/yr",
    "thousand tonnes": "kt",
  };
  return map[unit] ?? unit;
}

/** Value with unit: "547.6 mUSD", "3.2×", "45%". */
export function formatQuantity(value: number, unit: string, qualifier: ValueQualifier = "exact"): string {
  const v = formatValue(value, qualifier);
  if (unit === "×") return `${v}×`;
  if (unit === "%") return `${v}%`;
  return `${v} ${shortUnit(unit)}`;
}

/** Formats an ISO date that may be partial: "2025" → "2025", "2025-10" → "Oct 2025", "2025-10-10" → "10 Oct 2025". */
export function formatDate(iso: string | null | undefined): string {
  // In the language of the page being rendered; a client component passes its own word for an undated source instead.
  if (!iso) return getDictionary().figure.undated;
  const [y, m, d] = iso.split("-");
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function formatPercent(ratio: number): string {
  return `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(ratio * 100)}%`;
}

/** An axis tick with exactly the decimals of the tick step: "0.5", "1.0", "200". */
export function formatTick(value: number, decimals: number): string {
  return new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A stored number with every digit it has (0.9902 stays 0.9902), for editors comparing values: no rounding, no grouping. */
export function formatStoredValue(value: number, qualifier: ValueQualifier = "exact"): string {
  const prefix = { exact: "", approx: "~", more_than: ">", less_than: "<" }[qualifier];
  return `${prefix}${String(value)}`;
}
