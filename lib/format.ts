import type { ValueQualifier } from "./constants";
import { getDictionary } from "./i18n";
import { INTL_LOCALE, type Locale } from "./i18n/locales";
import { PERIOD_PHRASES, QUARTER } from "./i18n/period-phrases";
import { requestLocale } from "./i18n/request-locale";

/**
 * Every function here formats in a locale's conventions through Intl (numbers "12,345.7" in
 * English, "12 345,7" in Russian and Kazakh, "12.345,7" in Azerbaijani; month names and date
 * order). Without a `locale`, server code formats in the language of the page being rendered;
 * client components pass theirs.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return f;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: "UTC", ...options })));
  return f;
}

/** Formats a stored number the way it was published: "~680", ">900", "547.6", "77,000". */
export function formatValue(value: number, qualifier: ValueQualifier = "exact", locale: Locale = requestLocale()): string {
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 1 : abs >= 1 ? 3 : 3;
  const text = numberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const prefix = { exact: "", approx: "~", more_than: ">", less_than: "<" }[qualifier];
  return `${prefix}${text}`;
}

/** A unit as stored ("USD million"), in a locale's words; an unknown unit passes through. */
export function unitName(unit: string, locale: Locale = requestLocale()): string {
  return (getDictionary(locale).units as Record<string, string>)[unit] ?? unit;
}

/** "USD million" → "mUSD"-style short units for tight spaces, in a locale's words. */
export function shortUnit(unit: string, locale: Locale = requestLocale()): string {
  return (getDictionary(locale).unitsShort as Record<string, string>)[unit] ?? unitName(unit, locale);
}

/** Value with unit: "547.6 mUSD", "3.2×", "45%". */
export function formatQuantity(value: number, unit: string, qualifier: ValueQualifier = "exact", locale: Locale = requestLocale()): string {
  const v = formatValue(value, qualifier, locale);
  if (unit === "×") return `${v}×`;
  if (unit === "%") return `${v}%`;
  return `${v} ${shortUnit(unit, locale)}`;
}

/** Formats an ISO date that may be partial: "2025" → "2025", "2025-10" → "Oct 2025", "2025-10-10" → "10 Oct 2025". */
export function formatDate(iso: string | null | undefined, locale: Locale = requestLocale()): string {
  if (!iso) return getDictionary(locale).figure.undated;
  const [y, m, d] = iso.split("-");
  if (!m) return y ?? iso;
  const month = Number(m);
  if (!(month >= 1 && month <= 12)) return iso;
  if (!d) return dateFormat(locale, { month: "short", year: "numeric" }).format(Date.UTC(Number(y), month - 1, 1));
  return dateFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(Date.UTC(Number(y), month - 1, Number(d)));
}

/** A month's short name in a locale, standing alone ("Oct", "окт.", "okt", "қаз."). */
function monthName(index: number, locale: Locale): string {
  return dateFormat(locale, { month: "short" }).format(Date.UTC(2001, index, 15));
}

/**
 * A period label as stored ("Jan–Oct 2025", "as of Mar 2025", "H1 2024") in a locale: month names
 * through Intl, the label's fixed words from the phrase table (lib/i18n/period-phrases.ts). The
 * stored English label is the source of truth; English passes through unchanged.
 */
export function formatPeriodLabel(label: string, locale: Locale = requestLocale()): string {
  if (locale === "en") return label;
  // Remembered: a page at 100× the data labels 9,000 figures with a few hundred distinct periods, and
  // the phrase replacements were a third of a Russian sector page's render. Bounded: labels are data.
  const key = `${locale}|${label}`;
  const known = PERIOD_LABELS.get(key);
  if (known !== undefined) return known;
  if (PERIOD_LABELS.size >= 20_000) PERIOD_LABELS.clear();
  const out = translatePeriodLabel(label, locale);
  PERIOD_LABELS.set(key, out);
  return out;
}
const PERIOD_LABELS = new Map<string, string>();

function translatePeriodLabel(label: string, locale: Exclude<Locale, "en">): string {
  let out = label;
  for (const [en, local] of PERIOD_PHRASES[locale]) out = out.replace(en, local);
  out = out.replace(/\bH([12])\b/g, (_, n: string) => getDictionary(locale).figure.half(Number(n)));
  out = out.replace(/\bQ([1-4])\b/g, (_, n: string) => QUARTER[locale](Number(n)));
  // A day and month ("22 Jun") as the language writes a date (Russian "22 июн.", in the genitive), a month alone standing alone ("июнь").
  out = out.replace(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, (_, d: string, m: string) =>
    dateFormat(locale, { day: "numeric", month: "short" }).format(Date.UTC(2001, MONTHS.indexOf(m), Number(d))),
  );
  return out.replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, (m) => monthName(MONTHS.indexOf(m), locale));
}

export function formatPercent(ratio: number, locale: Locale = requestLocale()): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** An axis tick with exactly the decimals of the tick step: "0.5", "1.0", "200". */
export function formatTick(value: number, decimals: number, locale: Locale = requestLocale()): string {
  return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A stored number with every digit it has (0.9902 stays 0.9902), for editors comparing values: no rounding, no grouping. */
export function formatStoredValue(value: number, qualifier: ValueQualifier = "exact"): string {
  const prefix = { exact: "", approx: "~", more_than: ">", less_than: "<" }[qualifier];
  return `${prefix}${String(value)}`;
}
