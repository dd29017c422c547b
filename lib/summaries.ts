import type { Figure } from "./figures";

/**
 * Statements computed from sourced figures ("what the numbers say"). Everything here is our
 * arithmetic and is shown labelled as derived; the inputs are always shown beside it.
 */

const OUTTURN = new Set(["actual", "preliminary"]);
const isOutturn = (f: Figure) => OUTTURN.has(f.status);

export type Statement =
  | { kind: "growth"; indicatorName: string; unit: string; reporter: Figure["reporter"]; from: Figure; to: Figure; multiple: number }
  | { kind: "gap"; indicatorName: string; unit: string; periodLabel: string; az: Figure; kz: Figure; difference: number }
  | { kind: "progress"; indicatorName: string; unit: string; target: Figure; reached: Figure; ratio: number };

export interface Disagreement {
  indicatorSlug: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  figures: Figure[];
  /** Largest minus smallest value: our arithmetic. */
  spread: number;
}

/** Growth multiple between two figures of the same measure; null when it cannot be computed honestly. */
export function growthMultiple(from: Figure, to: Figure): number | null {
  if (from.value <= 0 || from.unit !== to.unit) return null;
  return to.value / from.value;
}

/** Periods for which two or more figures of one indicator give different values. */
export function findDisagreements(figures: Figure[]): Disagreement[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!isOutturn(f) && f.status !== "estimate") continue;
    const k = `${f.indicatorSlug}|${f.periodStart}|${f.periodEnd}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: Disagreement[] = [];
  for (const list of groups.values()) {
    const values = list.map((f) => f.value);
    const spread = Math.max(...values) - Math.min(...values);
    const first = list[0];
    if (list.length < 2 || spread === 0 || !first) continue;
    out.push({ indicatorSlug: first.indicatorSlug, periodLabel: first.periodLabel, periodStart: first.periodStart, periodEnd: first.periodEnd, figures: list, spread });
  }
  return out.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}

/** First-to-last growth of each side's full-year outturn series. */
export function growthStatements(figures: Figure[]): Statement[] {
  const out: Statement[] = [];
  const bySeries = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.periodType !== "year" || !isOutturn(f)) continue;
    const k = `${f.indicatorSlug}|${f.reporter}`;
    bySeries.set(k, [...(bySeries.get(k) ?? []), f]);
  }
  for (const list of bySeries.values()) {
    const sorted = [...list].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
    const from = sorted[0];
    const to = sorted.at(-1);
    if (!from || !to || from.periodEnd === to.periodEnd) continue;
    const multiple = growthMultiple(from, to);
    if (multiple === null) continue;
    out.push({ kind: "growth", indicatorName: from.indicatorName, unit: from.unit, reporter: from.reporter, from, to, multiple });
  }
  return out;
}

/** The latest period both sides report, and how far apart they are. */
export function latestGapStatement(figures: Figure[]): Statement | null {
  const outturn = figures.filter(isOutturn);
  const periods = [...new Set(outturn.map((f) => `${f.indicatorSlug}|${f.periodStart}|${f.periodEnd}`))].sort((a, b) => b.split("|")[2]!.localeCompare(a.split("|")[2]!));
  for (const p of periods) {
    const same = outturn.filter((f) => `${f.indicatorSlug}|${f.periodStart}|${f.periodEnd}` === p);
    const az = same.find((f) => f.reporter === "az");
    const kz = same.find((f) => f.reporter === "kz");
    if (az && kz) return { kind: "gap", indicatorName: az.indicatorName, unit: az.unit, periodLabel: az.periodLabel, az, kz, difference: kz.value - az.value };
  }
  return null;
}

/**
 * Which indicator's outturn a target is measured against. An agreed transit volume is a
 * target for the oil actually shipped, never for another agreement.
 */
export const TARGET_BASE: Record<string, string> = {
  "trade-turnover-target": "trade-turnover",
  "oil-transit-agreed-volume": "oil-transit-btc",
  "titr-cargo": "titr-cargo",
  "titr-containers": "titr-containers",
  "titr-port-cargo": "titr-port-cargo",
};

/** "million tonnes a year" is the yearly rate of "million tonnes": comparable for annual periods. */
const comparableUnits = (target: string, outturn: string) => target === outturn || target === `${outturn} a year`;

/**
 * Progress of the latest full-year outturn of each side toward the latest target. Targets are
 * yearly, so a part-year volume is never divided by one (Jan–Aug is not a yearly rate), and a
 * side's target is measured only against that side's own count (a ports-only tally is not the
 * route's); a joint target ("other") is measured against each side.
 */
export function progressStatements(targets: Figure[], outturns: Figure[]): Statement[] {
  const target = [...targets]
    .filter((f) => f.status === "target")
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .at(-1);
  if (!target || target.value <= 0) return [];
  const out: Statement[] = [];
  const reporters = target.reporter === "other" ? (["az", "kz"] as const) : [target.reporter];
  for (const reporter of reporters) {
    const reached = outturns
      .filter((f) => f.reporter === reporter && isOutturn(f) && comparableUnits(target.unit, f.unit) && f.periodType === "year")
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
      .at(-1);
    if (reached) out.push({ kind: "progress", indicatorName: reached.indicatorName, unit: target.unit, target, reached, ratio: reached.value / target.value });
  }
  return out;
}
