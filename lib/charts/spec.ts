import type { Confidence, ObservationStatus, Reporter, ValueQualifier } from "../constants";
import type { Figure, Gap } from "../figures";
import { viewHref, type Filters } from "../search-params";
import { getDictionary } from "../i18n";
import { exportFileBase } from "../export/file-name";
import { buildChartModel, drawnFigures, type ChartModel } from "./model";
import { localViewHref, requestLocale } from "../i18n/request-locale";
import { DEFAULT_LOCALE } from "../i18n/locales";

/** One drawn mark's figure, with everything a CSV row or a source line needs. */
export interface PlottedFigure {
  figureId: number;
  key: string;
  indicatorSlug: string;
  indicator: string;
  /** The mark's place on the chart's axis: "2024", "Jan–Oct 2025". */
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

/** A dated document as charts mark it, its title resolved for display. */
export interface MarkedDocument {
  slug: string;
  title: string;
  signedOn: string;
}

/**
 * One chart, as plain data built on the server once: the chart model the page draws, the figures
 * it draws (for the CSV and the source lines of the files), and what the export frame says around
 * it. The page, the export menu, the interactive view and the CSV route all use it.
 */
export interface ChartSpec {
  title: string;
  unit: string;
  sector: { slug: string; name: string };
  filters: Pick<Filters, "from" | "to">;
  model: ChartModel;
  points: PlottedFigure[];
  /** Site-relative URL of the same CSV: "/api/panels/trade?format=csv&from=2022". */
  csvPath: string;
  /** The chart's own page, canonical and site-relative: "/?sector=trade&from=2022", "/indicators/trade-turnover". The CSV URL's permalink. */
  pagePath: string;
  /** The chart alone, for an <iframe> on another site: "/embed/panels/trade?from=2022". */
  embedPath: string;
  fileBase: string;
  /** Latest publication date among the sources of the drawn figures (ISO, possibly partial). */
  dataAsOf: string | null;
  /** The signed documents marked on the chart, listed under it in the files. */
  documents: MarkedDocument[];
}

/** Dated documents as charts mark them: a document not yet identified is marked as such, never given a made-up title. */
export function markedDocuments(docs: { slug: string; title: string | null; signedOn: string }[]): MarkedDocument[] {
  const t = getDictionary();
  return docs.map((d) => ({ slug: d.slug, title: d.title ?? t.documents.unnamed, signedOn: d.signedOn }));
}

function csvQuery(filters: Pick<Filters, "from" | "to">): string {
  const p = new URLSearchParams({ format: "csv" });
  if (filters.from !== undefined) p.set("from", String(filters.from));
  if (filters.to !== undefined) p.set("to", String(filters.to));
  // The CSV in the language of the page it was asked from (headers, names, period labels).
  const locale = requestLocale();
  if (locale !== DEFAULT_LOCALE) p.set("lang", locale);
  return `?${p.toString()}`;
}

/** Years a chart's year axis shows when no start year is chosen. */
export const RECENT_YEARS = 10;

function assemble(input: {
  id: string;
  title: string;
  sector: { slug: string; name: string };
  filters: Pick<Filters, "from" | "to">;
  figures: Figure[];
  gaps: Gap[];
  seriesBy?: "reporter" | "indicator";
  csvPath: string;
  pagePath: string;
  embedPath: string;
  documents: MarkedDocument[];
  hrefFor?: (f: Figure) => string | undefined;
}): ChartSpec {
  const unit = input.figures[0]?.unit ?? "";
  const model = buildChartModel({
    id: input.id,
    title: input.title,
    unit,
    figures: input.figures,
    gaps: input.gaps,
    seriesBy: input.seriesBy,
    hrefFor: input.hrefFor,
    documents: input.documents,
    // Without a chosen start year a chart shows the recent years; the From filter reaches back further. One rule for the page, embed, export and CSV.
    recentYears: input.filters.from === undefined ? RECENT_YEARS : undefined,
  });
  const points: PlottedFigure[] = drawnFigures(model, input.figures).map(({ figure: f, category }) => ({
    figureId: f.id,
    key: f.key,
    indicatorSlug: f.indicatorSlug,
    indicator: f.indicatorName,
    category,
    seriesKey: model.marks.find((m) => m.figureId === f.id)?.series ?? f.reporter,
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
  }));
  const slugs = [...new Set(points.map((p) => p.indicatorSlug))];
  const startYears = points.map((p) => Number(p.periodStart.slice(0, 4)));
  const endYears = points.map((p) => Number(p.periodEnd.slice(0, 4)));
  const dates = points.map((p) => p.source.publishedOn).filter((d): d is string => !!d);
  const markedYears = new Set(model.markers.map((m) => (m.slot ? model.slots.find((s) => s.key === m.slot)?.year : m.at !== undefined ? new Date(m.at).getUTCFullYear() : undefined)));
  return {
    title: input.title,
    unit,
    sector: input.sector,
    filters: { from: input.filters.from, to: input.filters.to },
    model,
    points,
    csvPath: input.csvPath,
    pagePath: input.pagePath,
    embedPath: input.embedPath,
    fileBase: exportFileBase({ indicatorSlugs: slugs, reporters: points.map((p) => p.reporter), years: points.length ? [Math.min(...startYears), Math.max(...endYears)] : null }),
    dataAsOf: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null,
    documents: input.documents.filter((d) => model.kind !== "hbars" && markedYears.has(Number(d.signedOn.slice(0, 4)))),
  };
}

/** An overview panel's chart: the panel's selection of figures (the investment panel charts two indicators, one colour each). */
export function panelChart(input: {
  sector: { slug: string; name: string };
  figures: Figure[];
  gaps: Gap[];
  seriesBy: "reporter" | "indicator";
  filters: Pick<Filters, "from" | "to">;
  documents?: MarkedDocument[];
  hrefFor?: (f: Figure) => string | undefined;
}): ChartSpec {
  const first = input.figures[0];
  const title = first ? (input.seriesBy === "indicator" ? input.sector.name : first.indicatorName) : input.sector.name;
  return assemble({
    id: `panel-${input.sector.slug}`,
    title,
    sector: input.sector,
    filters: input.filters,
    figures: input.figures,
    gaps: input.gaps,
    seriesBy: input.seriesBy,
    csvPath: `/api/panels/${input.sector.slug}${csvQuery(input.filters)}`,
    pagePath: localViewHref("overview", "/", { sector: input.sector.slug as Filters["sector"], from: input.filters.from, to: input.filters.to }),
    embedPath: viewHref("embedPanel", `/embed/panels/${input.sector.slug}`, input.filters),
    documents: input.documents ?? [],
    hrefFor: input.hrefFor,
  });
}

/** One indicator's chart, on its sector page and its own page. */
export function indicatorChart(input: {
  indicator: { slug: string; name: string; sector: { slug: string; name: string } };
  figures: Figure[];
  gaps: Gap[];
  filters: Pick<Filters, "from" | "to">;
  documents?: MarkedDocument[];
  hrefFor?: (f: Figure) => string | undefined;
}): ChartSpec {
  return assemble({
    id: `ind-${input.indicator.slug}`,
    title: input.indicator.name,
    sector: input.indicator.sector,
    filters: input.filters,
    figures: input.figures,
    gaps: input.gaps,
    csvPath: `/api/indicators/${input.indicator.slug}${csvQuery(input.filters)}`,
    pagePath: localViewHref("indicator", `/indicators/${input.indicator.slug}`, input.filters),
    embedPath: viewHref("embedIndicator", `/embed/indicators/${input.indicator.slug}`, input.filters),
    documents: input.documents ?? [],
    hrefFor: input.hrefFor,
  });
}
