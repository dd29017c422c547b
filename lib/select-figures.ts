import { CONFIDENCE_LEVELS } from "./constants";
import type { Figure } from "./figures";

/** Pure helpers that choose which sourced figure a card shows. They never compute a figure. */

const confidenceRank = (f: Figure) => CONFIDENCE_LEVELS.length - CONFIDENCE_LEVELS.indexOf(f.confidence);
const periodLength = (f: Figure) => Date.parse(f.periodEnd) - Date.parse(f.periodStart);

/** The figure with the latest period end; for equal ends the longer period (a full year beats its last month). */
export function latest(figures: Figure[]): Figure | null {
  let best: Figure | null = null;
  for (const f of figures) {
    if (!best || f.periodEnd > best.periodEnd || (f.periodEnd === best.periodEnd && periodLength(f) > periodLength(best))) best = f;
  }
  return best;
}

/** The most trustworthy figure: highest confidence first, then the latest. */
export function mostConfident(figures: Figure[]): Figure | null {
  const top = Math.max(...figures.map(confidenceRank));
  return latest(figures.filter((f) => confidenceRank(f) === top));
}

/** The figure of another indicator for exactly the same period and reporter (e.g. the growth multiple of a turnover figure). */
export function samePeriod(figures: Figure[], of: Figure | null): Figure | null {
  if (!of) return null;
  return figures.find((f) => f.reporter === of.reporter && f.periodStart === of.periodStart && f.periodEnd === of.periodEnd) ?? null;
}

/** Share of a target reached by a figure: our arithmetic, always labelled as derived where shown. */
export function progressToward(target: Figure, reached: Figure): number {
  if (target.value <= 0) throw new RangeError("A target must be positive");
  return reached.value / target.value;
}

/**
 * Keeps year-to-date figures only for years after the last full year of any reporter (the
 * year in progress), and only the latest of them per reporter: a Jan–May 2013 bar beside
 * full years would read as a fall.
 */
export function keepLatestYearToDate(figures: Figure[]): Figure[] {
  const outturn = (f: Figure) => f.status === "actual" || f.status === "preliminary" || f.status === "estimate";
  const lastFullYear = figures.filter((f) => f.periodType === "year" && outturn(f)).reduce((max, f) => (f.periodEnd.slice(0, 4) > max ? f.periodEnd.slice(0, 4) : max), "");
  const latestYtd = new Map<string, Figure>();
  for (const f of figures) {
    if (f.periodType !== "year_to_date" || f.periodEnd.slice(0, 4) <= lastFullYear) continue;
    const current = latestYtd.get(f.reporter);
    if (!current || f.periodEnd > current.periodEnd) latestYtd.set(f.reporter, f);
  }
  const kept = new Set(latestYtd.values());
  return figures.filter((f) => f.periodType !== "year_to_date" || kept.has(f));
}

/**
 * What a chart of one indicator should draw: for a series with several full years, the full
 * years plus the year in progress (partial periods of past years would read as falls); otherwise
 * every figure. The table beside the chart always lists all of them.
 */
export function chartableFigures(figures: Figure[]): Figure[] {
  const fullYears = figures.filter((f) => f.periodType === "year" && (f.status === "actual" || f.status === "preliminary"));
  if (fullYears.length < 3) return figures;
  return keepLatestYearToDate(figures.filter((f) => f.periodType === "year" || f.periodType === "year_to_date"));
}
