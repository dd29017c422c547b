import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { indicators, sectors } from "../schema";
import { listFigures, listGaps } from "./figures";
import { listDocumentMarkers } from "./documents";
import { getProject, type MilestoneView, type ProjectView } from "./projects";
import type { PrimarySector } from "../../lib/constants";
import type { Figure, Gap } from "../../lib/figures";
import { DEFAULT_FILTERS, periodInRange, type Filters } from "../../lib/search-params";
import { latest, mostConfident, samePeriod } from "../../lib/select-figures";
import { localName } from "./localize";

const GREEN_ENERGY_CORRIDOR = "green-energy-corridor";

export interface PanelSpec {
  sector: PrimarySector;
  indicators: string[];
  periodTypes?: Figure["periodType"][];
  /** "reporter": one series per reporting side; "indicator": one colour per indicator (the chart model decides the rest). */
  seriesBy: "reporter" | "indicator";
  project?: string;
}

/** What each sector panel charts. Slugs, not numbers: the figures come from the database. */
export const PANEL_SPECS: PanelSpec[] = [
  { sector: "trade", indicators: ["trade-turnover"], periodTypes: ["year", "year_to_date"], seriesBy: "reporter" },
  { sector: "investment", indicators: ["investment-az-in-kz", "investment-kz-in-az"], periodTypes: ["as_of", "cumulative"], seriesBy: "indicator" },
  { sector: "energy", indicators: ["oil-transit-btc"], periodTypes: ["year", "year_to_date"], seriesBy: "reporter" },
  { sector: "transport", indicators: ["titr-cargo"], periodTypes: ["year"], seriesBy: "reporter" },
  { sector: "digital", indicators: ["tcfo-capacity"], seriesBy: "reporter", project: "trans-caspian-fibre-optic" },
];

export interface PanelData {
  spec: PanelSpec;
  sector: { slug: string; name: string; description: string };
  figures: Figure[];
  gaps: Gap[];
  /** Methodology caveats of the charted indicators, shown beside the chart. */
  caveats: string[];
  project: ProjectView | null;
  /** Dated documents of the sector, oldest first: markers on the chart and links in the panel. */
  documents: { slug: string; title: string | null; signedOn: string }[];
}

export interface OverviewData {
  trade: { featured: Figure | null; featuredGrowth: Figure | null; latestAz: Figure | null; latestAzGrowth: Figure | null; latestKz: Figure | null };
  target: { target: Figure | null; reachedAz: Figure | null; reachedKz: Figure | null };
  oil: { lastYear: Figure | null; yearToDate: Figure | null; outlook: Figure[] };
  investment: { azInKz: Figure | null; kzInAz: Figure | null; otherReports: number };
  companies: { azInKz: Figure | null; kzInAz: Figure | null };
  gec: { project: ProjectView | null; last: MilestoneView | null; next: MilestoneView | null };
  panels: PanelData[];
}

/** Which sector each headline card belongs to, so the sector filter keeps only its own cards. */
export const CARD_SECTORS = {
  trade: "trade",
  target: "trade",
  oil: "energy",
  investment: "investment",
  companies: "investment",
  gec: "energy",
} as const satisfies Record<string, PrimarySector>;

/** One sector panel: its chart's figures in the year range, the gaps among them, caveats, project and documents. */
function buildPanel(spec: PanelSpec, filters: Pick<Filters, "from" | "to">, db: AppDatabase): PanelData {
  const sector = db.select().from(sectors).where(eq(sectors.slug, spec.sector)).get();
  if (!sector) throw new Error(`Sector "${spec.sector}" is missing from the database`);
  const inRange = (x: { periodStart?: string; periodEnd: string }) => periodInRange(x.periodStart ?? x.periodEnd, x.periodEnd, filters);
  const figures = listFigures({ indicatorSlugs: spec.indicators, periodTypes: spec.periodTypes }, db).filter(inRange);
  return {
    spec,
    sector: { slug: sector.slug, name: localName("sector", sector.slug, sector.name, db), description: sector.description },
    figures,
    // Unpublished periods in the range: the chart marks them in their slots, the table lists them.
    gaps: listGaps({ indicatorSlugs: spec.indicators }, db).filter(inRange),
    caveats: [
      ...new Set(
        db
          .select({ caveat: indicators.caveat })
          .from(indicators)
          .where(inArray(indicators.slug, spec.indicators))
          .all()
          .flatMap((r) => (r.caveat ? [r.caveat] : [])),
      ),
    ],
    project: spec.project ? getProject({ slug: spec.project }, db) : null,
    documents: listDocumentMarkers({ sector: spec.sector }, db).filter((d) => inRange({ periodEnd: d.signedOn })),
  };
}

/** The overview panel of one sector, as the overview page shows it for the year range (null for a sector without a panel). */
export function getPanel(input: { sector: string } & Pick<Filters, "from" | "to">, db: AppDatabase = getDb()): PanelData | null {
  const spec = PANEL_SPECS.find((s) => s.sector === input.sector);
  return spec ? buildPanel(spec, { from: input.from, to: input.to }, db) : null;
}

export function getOverview(filters: Filters = DEFAULT_FILTERS, db: AppDatabase = getDb()): OverviewData {
  const trade = listFigures({ indicatorSlugs: ["trade-turnover", "trade-turnover-growth", "trade-turnover-target"] }, db);
  const turnover = trade.filter((f) => f.indicatorSlug === "trade-turnover");
  const growth = trade.filter((f) => f.indicatorSlug === "trade-turnover-growth");
  const latestAz = latest(turnover.filter((f) => f.reporter === "az"));
  const latestKz = latest(turnover.filter((f) => f.reporter === "kz"));
  // The card leads with each side's latest figure, its growth on the same months a year earlier beside it.
  const featured = latestAz;
  // Progress toward a yearly target counts full years only: a part-year total is not a yearly rate.
  const yearAz = latest(turnover.filter((f) => f.reporter === "az" && f.periodType === "year"));
  const yearKz = latest(turnover.filter((f) => f.reporter === "kz" && f.periodType === "year"));

  const oil = listFigures({ indicatorSlugs: ["oil-transit-btc"] }, db);
  const oilActualYears = oil.filter((f) => f.periodType === "year" && (f.status === "actual" || f.status === "preliminary"));
  const lastYear = latest(oilActualYears);
  const afterLast = (f: Figure) => !lastYear || f.periodEnd > lastYear.periodEnd;
  const oilYtd = latest(oil.filter((f) => f.periodType === "year_to_date" && afterLast(f)));
  const outlook = oil.filter((f) => (f.status === "forecast" || f.status === "plan") && afterLast(f));

  const invest = listFigures({ indicatorSlugs: ["investment-az-in-kz", "investment-kz-in-az"] }, db);
  const azInKz = invest.filter((f) => f.indicatorSlug === "investment-az-in-kz");
  const kzInAz = invest.filter((f) => f.indicatorSlug === "investment-kz-in-az");

  const companies = listFigures({ indicatorSlugs: ["companies-az-capital-in-kz", "companies-kz-capital-in-az"] }, db);

  const gecProject = getProject({ slug: GREEN_ENERGY_CORRIDOR }, db);
  const done = gecProject?.milestones.filter((m) => m.status === "actual") ?? [];
  const lastDone = done.at(-1);
  // "Next" is what is still ahead of the last thing that happened, not an old intention.
  // A plan whose date has passed is not "next": it is shown as overdue in the project's list.
  const ahead = gecProject?.milestones.filter((m) => m.status !== "actual" && !m.overdue && (!lastDone || m.date > lastDone.date)) ?? [];

  const specs = PANEL_SPECS.filter((spec) => filters.sector === "all" || spec.sector === filters.sector);
  const panels = specs.map((spec) => buildPanel(spec, filters, db));

  return {
    trade: { featured, featuredGrowth: samePeriod(growth, featured), latestAz, latestAzGrowth: samePeriod(growth, latestAz), latestKz },
    target: {
      target: latest(trade.filter((f) => f.indicatorSlug === "trade-turnover-target")),
      reachedAz: yearAz,
      reachedKz: yearKz,
    },
    oil: { lastYear, yearToDate: oilYtd, outlook },
    investment: { azInKz: mostConfident(azInKz), kzInAz: mostConfident(kzInAz), otherReports: Math.max(0, invest.length - 2) },
    companies: {
      azInKz: latest(companies.filter((f) => f.indicatorSlug === "companies-az-capital-in-kz")),
      kzInAz: latest(companies.filter((f) => f.indicatorSlug === "companies-kz-capital-in-az")),
    },
    gec: { project: gecProject, last: lastDone ?? null, next: ahead[0] ?? null },
    panels,
  };
}
