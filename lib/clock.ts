/**
 * Today's date (UTC, YYYY-MM-DD) for text that depends on it: overdue plans. One clock for the
 * app so a test can fix the date with APP_TODAY=2026-12-01; the page cache's stamp includes the
 * same day (db/content-version.ts), so a cached page never outlives the day its text was true on.
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function todayIso(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.APP_TODAY;
  if (fixed !== undefined && fixed !== "") {
    if (!ISO_DAY.test(fixed)) throw new Error(`APP_TODAY must be a date as YYYY-MM-DD, not "${fixed}"`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}

/** The last day a partial date ("2026", "2026-07", "2026-07-15") can mean. */
export function endOfPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, "0")}`;
  }
  return date.slice(0, 10);
}

/** A plan or expectation whose whole date has passed while no outcome is recorded. */
export function isOverdue(item: { date: string; status: string }, today: string): boolean {
  return item.status !== "actual" && endOfPartialDate(item.date) < today;
}
