import type { ObservationStatus } from "./constants";
import type { Figure } from "./figures";

export type CategoryBy = "period" | "report" | "observation";
export type SeriesBy = "reporter" | "indicator" | "single";

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartCell {
  value: number;
  status: ObservationStatus;
  figureId: number;
  /** Other figures for the same category and series that the bar does not show (listed beside the chart). */
  alternatives: number;
}

export interface ChartRow {
  key: string;
  label: string;
  /** Calendar year the category ends in, for placing document markers on the axis. */
  year: number;
  cells: Record<string, ChartCell | undefined>;
}

export interface ChartData {
  series: ChartSeries[];
  rows: ChartRow[];
}

export interface ChartLabels {
  reporter: Record<Figure["reporter"], string>;
  status: Record<ObservationStatus, string>;
}

function categoryOf(f: Figure, by: CategoryBy, labels: ChartLabels): { key: string; label: string } {
  switch (by) {
    case "period":
      return { key: `${f.periodStart}|${f.periodEnd}`, label: f.periodLabel };
    case "report":
      return { key: `${f.periodEnd}|${f.source.id}`, label: `${f.periodLabel} (${f.source.publisher})` };
    case "observation": {
      const status = f.status === "actual" || f.status === "preliminary" ? "" : ` (${labels.status[f.status]})`;
      return { key: f.key, label: `${f.periodLabel}${status}` };
    }
  }
}

function seriesOf(f: Figure, by: SeriesBy, labels: ChartLabels): ChartSeries {
  switch (by) {
    case "reporter":
      return { key: f.reporter, label: labels.reporter[f.reporter] };
    case "indicator":
      return { key: f.indicatorSlug, label: f.indicatorName };
    case "single":
      return { key: "value", label: f.indicatorName };
  }
}

/** The date a figure was published, for choosing the newest of two figures for one bar. */
function publishedKey(f: Figure): string {
  return f.source.publishedOn ?? "";
}

/**
 * Arranges figures into chart rows (categories, oldest first) and series. When two figures
 * fall on one bar — a revision, or two sources for one period — the bar shows the most
 * recently published one and counts the others in `alternatives`; the caller lists all
 * figures beside the chart, so nothing is hidden.
 */
export function buildChartData(figures: Figure[], categoryBy: CategoryBy, seriesBy: SeriesBy, labels: ChartLabels): ChartData {
  const sorted = [...figures].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart) || a.key.localeCompare(b.key));
  const series = new Map<string, ChartSeries>();
  const rows = new Map<string, ChartRow>();
  const chosen = new Map<string, Figure>();
  const chosenById = new Map(figures.map((f) => [f.id, f]));

  for (const f of sorted) {
    const s = seriesOf(f, seriesBy, labels);
    const c = categoryOf(f, categoryBy, labels);
    if (!series.has(s.key)) series.set(s.key, s);
    const row = rows.get(c.key) ?? { key: c.key, label: c.label, year: Number(f.periodEnd.slice(0, 4)), cells: {} };
    rows.set(c.key, row);
    const existing = row.cells[s.key];
    const existingFigure = existing ? chosen.get(`${c.key}|${s.key}`) : undefined;
    if (!existing || !existingFigure) {
      row.cells[s.key] = { value: f.value, status: f.status, figureId: f.id, alternatives: 0 };
      chosen.set(`${c.key}|${s.key}`, f);
    } else if (publishedKey(f) > publishedKey(existingFigure)) {
      row.cells[s.key] = { value: f.value, status: f.status, figureId: f.id, alternatives: existing.alternatives + 1 };
      chosen.set(`${c.key}|${s.key}`, f);
    } else {
      existing.alternatives += 1;
    }
  }
  // Two bars with one label (two sources for one period) are told apart by their publisher.
  const result = [...rows.values()];
  const labelCount = new Map<string, number>();
  for (const r of result) labelCount.set(r.label, (labelCount.get(r.label) ?? 0) + 1);
  for (const r of result) {
    if ((labelCount.get(r.label) ?? 0) < 2) continue;
    const first = Object.values(r.cells)[0];
    const f = first ? chosenById.get(first.figureId) : undefined;
    if (f) r.label = `${r.label} (${f.source.publisher})`;
  }
  return { series: [...series.values()], rows: result };
}

/** How to chart one indicator: both national series side by side when both exist, else one bar per figure. */
export function chartPlanFor(figures: Figure[]): { categoryBy: CategoryBy; seriesBy: SeriesBy } {
  const reporters = new Set(figures.map((f) => f.reporter));
  if (reporters.has("az") && reporters.has("kz")) return { categoryBy: "period", seriesBy: "reporter" };
  return { categoryBy: "observation", seriesBy: "single" };
}

export interface ChartMarker {
  /** Category label the marker stands on. */
  x: string;
  label: string;
  href: string;
  title: string;
}

/** A dated document that can be marked on a chart (its title already resolved for display). */
export interface MarkedDocument {
  slug: string;
  title: string;
  signedOn: string;
}

/** The documents of one signing year, standing on the chart category they belong to. */
export interface DocumentMarker {
  /** Category label the marker stands on. */
  x: string;
  year: number;
  documents: MarkedDocument[];
}

/**
 * Places dated documents on a chart's category axis: each document goes on the first category
 * of its signing year; documents of years the chart does not show are left out (they are
 * listed beside the chart). The page chart and the exported files use the same placement.
 */
export function markDocuments(rows: ChartRow[], docs: MarkedDocument[]): DocumentMarker[] {
  const byYear = new Map<number, MarkedDocument[]>();
  for (const d of docs) {
    const y = Number(d.signedOn.slice(0, 4));
    byYear.set(y, [...(byYear.get(y) ?? []), d]);
  }
  const out: DocumentMarker[] = [];
  for (const [year, documents] of [...byYear.entries()].sort((a, b) => a[0] - b[0])) {
    const row = rows.find((r) => r.year === year);
    if (row) out.push({ x: row.label, year, documents });
  }
  return out;
}

/** The page chart's marker links: one document opens itself; several of a year open the documents list for that year. */
export function placeMarkers(markers: DocumentMarker[], hrefForYear: (year: number) => string): ChartMarker[] {
  return markers.flatMap(({ x, year, documents }) => {
    const first = documents[0];
    if (!first) return [];
    return documents.length === 1
      ? [{ x, label: "◆", href: `/documents/${first.slug}`, title: first.title }]
      : [{ x, label: `◆${documents.length}`, href: hrefForYear(year), title: documents.map((d) => d.title).join("; ") }];
  });
}
