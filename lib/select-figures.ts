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
