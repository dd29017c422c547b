import { formatDate, unitName } from "../format";
import type { Filters } from "../search-params";
import { getDictionary } from "../i18n";
import type { ChartSpec, PlottedFigure } from "../charts/spec";

const CURRENCY = /\b(USD|EUR|AZN|KZT|RUB|CNY)\b/;

/** The currency a unit is counted in ("USD million" → "USD"), or null for physical units. */
export function currencyOf(unit: string): string | null {
  return CURRENCY.exec(unit)?.[1] ?? null;
}

/** "Unit: USD million · Currency: USD"; the currency part only when the unit names one. */
export function unitText(unit: string): string {
  const l = getDictionary().export.labels;
  const currency = currencyOf(unit);
  return currency ? `${l.unit}: ${unitName(unit)} · ${l.currency}: ${currency}` : `${l.unit}: ${unitName(unit)}`;
}

export function periodText(f: Pick<Filters, "from" | "to">): string {
  const p = getDictionary().export.period;
  if (f.from !== undefined && f.to !== undefined) return p.between(f.from, f.to);
  if (f.from !== undefined) return p.from(f.from);
  if (f.to !== undefined) return p.to(f.to);
  return p.all;
}

/** "sector Trade · period 2022 onwards". */
export function filterValues(spec: Pick<ChartSpec, "sector" | "filters">): string {
  return getDictionary().export.filterValues(spec.sector.name, periodText(spec.filters));
}

/** "Filters: sector Trade · period 2022 onwards". */
export function filtersText(spec: Pick<ChartSpec, "sector" | "filters">): string {
  return `${getDictionary().export.labels.filters}: ${filterValues(spec)}`;
}

/**
 * One line per source, in order of first use: "Source: State Customs Committee of Azerbaijan via
 * Trend, 10 Oct 2025". A source cited by several bars is listed once.
 */
export function sourceLines(points: PlottedFigure[]): string[] {
  const t = getDictionary();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { source } of points) {
    const origin = source.originator ? t.export.via(source.originator, source.publisher) : source.publisher;
    const line = t.export.sourceLine(origin, formatDate(source.publishedOn));
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return out;
}
