import { buildChartData, chartPlanFor, markDocuments, type CategoryBy, type ChartData, type DocumentMarker, type MarkedDocument, type SeriesBy } from "../chart-data";
import type { Confidence, ObservationStatus, Reporter, ValueQualifier } from "../constants";
import type { Figure } from "../figures";
import type { Filters } from "../filters";
import { getDictionary } from "../i18n";
import { chartableFigures } from "../select-figures";
import { exportFileBase } from "./file-name";

/** One plotted bar: the figure it shows, with everything a CSV row or a source line needs. */
export interface ExportPoint {
  figureId: number;
  key: string;
  indicatorSlug: string;
  indicator: string;
  /** The bar's category label on the chart axis. */
  category: string;
  seriesKey: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  qualifier: ValueQualifier;
  unit: string;
  status: ObservationStatus;
  reporter: Reporter;
  confidence: Confidence;
  source: Figure["source"];
}

/**
 * Everything an export of one chart needs, as plain data: built on the server once and used by
 * the page chart, the export menu (PNG, SVG, CSV) and the CSV route, so all of them show the
 * same figures.
 */
export interface ChartExport {
  title: string;
  unit: string;
  sector: { slug: string; name: string };
  filters: Pick<Filters, "from" | "to">;
  layout: "horizontal" | "vertical";
  chart: ChartData;
  points: ExportPoint[];
  /** Site-relative URL of the same CSV: "/api/panels/trade?format=csv&from=2022". */
  csvPath: string;
  fileBase: string;
  /** Latest publication date among the sources of the plotted figures (ISO, possibly partial). */
  dataAsOf: string | null;
  /** Signed documents marked on the chart (◆), placed as the page places them. */
  markers: DocumentMarker[];
}

/** Dated documents as charts mark them: a document not yet identified is marked as such, never given a made-up title. */
export function markedDocuments(docs: { slug: string; title: string | null; signedOn: string }[]): MarkedDocument[] {
  const t = getDictionary();
  return docs.map((d) => ({ slug: d.slug, title: d.title ?? t.documents.unnamed, signedOn: d.signedOn }));
}

/** The figures a chart plots, in drawing order (categories oldest first, then series); alternatives a bar does not show are left out. */
export function plottedPoints(chart: ChartData, figures: Figure[]): ExportPoint[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out: ExportPoint[] = [];
  for (const row of chart.rows) {
    for (const s of chart.series) {
      const cell = row.cells[s.key];
      const f = cell ? byId.get(cell.figureId) : undefined;
      if (!f) continue;
      out.push({
        figureId: f.id,
        key: f.key,
        indicatorSlug: f.indicatorSlug,
        indicator: f.indicatorName,
        category: row.label,
        seriesKey: s.key,
        period: f.periodLabel,
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        value: f.value,
        qualifier: f.qualifier,
        unit: f.unit,
        status: f.status,
        reporter: f.reporter,
        confidence: f.confidence,
        source: f.source,
      });
    }
  }
  return out;
}

function csvQuery(filters: Pick<Filters, "from" | "to">): string {
  const p = new URLSearchParams({ format: "csv" });
  if (filters.from !== undefined) p.set("from", String(filters.from));
  if (filters.to !== undefined) p.set("to", String(filters.to));
  return `?${p.toString()}`;
}

function assemble(input: {
  title: string;
  sector: { slug: string; name: string };
  filters: Pick<Filters, "from" | "to">;
  layout: "horizontal" | "vertical";
  chart: ChartData;
  figures: Figure[];
  csvPath: string;
  documents: MarkedDocument[];
}): ChartExport {
  const points = plottedPoints(input.chart, input.figures);
  const slugs = [...new Set(points.map((p) => p.indicatorSlug))];
  const startYears = points.map((p) => Number(p.periodStart.slice(0, 4)));
  const endYears = points.map((p) => Number(p.periodEnd.slice(0, 4)));
  const dates = points.map((p) => p.source.publishedOn).filter((d): d is string => !!d);
  return {
    title: input.title,
    unit: points[0]?.unit ?? input.figures[0]?.unit ?? "",
    sector: input.sector,
    filters: { from: input.filters.from, to: input.filters.to },
    layout: input.layout,
    chart: input.chart,
    points,
    csvPath: input.csvPath,
    fileBase: exportFileBase({
      indicatorSlugs: slugs,
      reporters: points.map((p) => p.reporter),
      years: points.length ? [Math.min(...startYears), Math.max(...endYears)] : null,
    }),
    dataAsOf: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null,
    // Markers stand on a year axis; the horizontal-bar layout has none.
    markers: input.layout === "horizontal" ? markDocuments(input.chart.rows, input.documents) : [],
  };
}

const chartLabels = () => {
  const t = getDictionary();
  return { reporter: t.reporter, status: t.status };
};

/** An overview panel's chart: the panel's own selection of figures, arranged by its spec. */
export function panelChartExport(input: {
  sector: { slug: string; name: string };
  figures: Figure[];
  spec: { categoryBy: CategoryBy; seriesBy: SeriesBy; layout?: "horizontal" | "vertical" };
  filters: Pick<Filters, "from" | "to">;
  /** The sector's dated documents, marked on the chart. */
  documents?: MarkedDocument[];
}): ChartExport {
  const { sector, figures, spec, filters } = input;
  const first = figures[0];
  const title = first ? (spec.seriesBy === "indicator" ? sector.name : first.indicatorName) : sector.name;
  return assemble({
    title,
    sector,
    filters,
    layout: spec.layout ?? "horizontal",
    chart: buildChartData(figures, spec.categoryBy, spec.seriesBy, chartLabels()),
    figures,
    csvPath: `/api/panels/${sector.slug}${csvQuery(filters)}`,
    documents: input.documents ?? [],
  });
}

/** One indicator's chart on its sector and indicator pages: full years and the year in progress, or every figure of a short series. */
export function indicatorChartExport(input: {
  indicator: { slug: string; name: string; sector: { slug: string; name: string } };
  figures: Figure[];
  filters: Pick<Filters, "from" | "to">;
  plan?: { categoryBy: CategoryBy; seriesBy: SeriesBy };
  layout?: "horizontal" | "vertical";
  /** Dated documents to mark on the chart (a sector page marks its sector's documents). */
  documents?: MarkedDocument[];
}): ChartExport {
  const drawn = chartableFigures(input.figures);
  const { categoryBy, seriesBy } = input.plan ?? chartPlanFor(drawn);
  return assemble({
    title: input.indicator.name,
    sector: input.indicator.sector,
    filters: input.filters,
    layout: input.layout ?? "horizontal",
    chart: buildChartData(drawn, categoryBy, seriesBy, chartLabels()),
    figures: drawn,
    csvPath: `/api/indicators/${input.indicator.slug}${csvQuery(input.filters)}`,
    documents: input.documents ?? [],
  });
}
