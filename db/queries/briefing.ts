import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { documentPackages, documents, documentSources, projects, sources } from "../schema";
import { todayIso } from "../../lib/clock";
import type { ObservationStatus, PeriodType, PrimarySector, Reporter } from "../../lib/constants";
import type { Figure } from "../../lib/figures";
import { periodInRange, type Filters } from "../../lib/search-params";
import { latest, mostConfident } from "../../lib/select-figures";
import { listFigures } from "./figures";
import { getFreshness, type Freshness } from "./freshness";
import { getOverview, type PanelData } from "./overview";
import { getProject, type MilestoneView } from "./projects";
import { sectorNames } from "./sectors";
import { listDocuments, type DocumentSummary } from "./documents";

/** Which figure a headline row shows for each side: the latest, or (for stocks reported several ways) the most confident. */
type SidePick = "latest" | "mostConfident";

export interface HeadlineRowSpec {
  sector: PrimarySector;
  indicator: string;
  /** What the row's period is, for its label (lib/i18n: briefing.rowKind). */
  kind: "fullYear" | "partYear" | "stock" | "target";
  periodTypes?: PeriodType[];
  statuses: ObservationStatus[];
  pick?: SidePick;
}

const OUTTURN: ObservationStatus[] = ["actual", "preliminary", "estimate"];

/**
 * The briefing's headline rows, one indicator and kind of period each; slugs, not numbers: each
 * side's figure comes from the database. Outturns only, except the row that is a target.
 */
export const HEADLINE_ROWS: HeadlineRowSpec[] = [
  { sector: "trade", indicator: "trade-turnover", kind: "fullYear", periodTypes: ["year"], statuses: OUTTURN },
  { sector: "trade", indicator: "trade-turnover", kind: "partYear", periodTypes: ["year_to_date"], statuses: OUTTURN },
  { sector: "trade", indicator: "trade-turnover-target", kind: "target", statuses: ["target"] },
  { sector: "investment", indicator: "investment-az-in-kz", kind: "stock", statuses: OUTTURN, pick: "mostConfident" },
  { sector: "investment", indicator: "investment-kz-in-az", kind: "stock", statuses: OUTTURN, pick: "mostConfident" },
  { sector: "investment", indicator: "companies-az-capital-in-kz", kind: "stock", statuses: OUTTURN },
  { sector: "investment", indicator: "companies-kz-capital-in-az", kind: "stock", statuses: OUTTURN },
  { sector: "energy", indicator: "oil-transit-btc", kind: "fullYear", periodTypes: ["year"], statuses: OUTTURN },
  { sector: "energy", indicator: "oil-transit-btc", kind: "partYear", periodTypes: ["year_to_date"], statuses: OUTTURN },
  { sector: "transport", indicator: "titr-cargo", kind: "fullYear", periodTypes: ["year"], statuses: OUTTURN },
  { sector: "transport", indicator: "aktau-baku-containers", kind: "fullYear", periodTypes: ["year"], statuses: OUTTURN },
  { sector: "digital", indicator: "tcfo-capacity", kind: "stock", statuses: ["actual", "plan"] },
];

export interface HeadlineRow {
  spec: HeadlineRowSpec;
  indicatorName: string;
  unit: string;
  /** Each reporting side's own figure: the two national series stay in their own columns. */
  sides: Record<Reporter, Figure | null>;
}

export interface BriefingSource {
  title: string;
  publisher: string;
  url: string;
  publishedOn: string | null;
}

export interface BriefingPackage {
  name: string;
  signedOn: string;
  place: string | null;
  reportedCount: number | null;
  countSource: BriefingSource | null;
  /** Counts over the whole package, whatever the sector filter. */
  documentCount: number;
  identifiedCount: number;
  /** The package's documents of the chosen sector (all of them for every sector), each with its earliest source. */
  documents: (DocumentSummary & { source: BriefingSource | null })[];
}

export interface OverdueItem {
  project: string;
  milestone: MilestoneView & { overdue: NonNullable<MilestoneView["overdue"]> };
}

export interface BriefingData {
  filters: Filters;
  sectorName: string | null;
  today: string;
  freshness: Freshness;
  headlines: HeadlineRow[];
  /** The overview's panels for the same filters: the briefing's charts are the overview's charts. */
  panels: PanelData[];
  pkg: BriefingPackage | null;
  overdue: OverdueItem[];
}

function earliestSources(db: AppDatabase, documentIds: number[]): Map<number, BriefingSource> {
  const out = new Map<number, BriefingSource>();
  if (documentIds.length === 0) return out;
  const rows = db
    .select({ documentId: documentSources.documentId, title: sources.title, publisher: sources.publisher, url: sources.url, publishedOn: sources.publishedOn })
    .from(documentSources)
    .innerJoin(sources, eq(documentSources.sourceId, sources.id))
    .where(inArray(documentSources.documentId, documentIds))
    .orderBy(asc(sources.publishedOn), asc(sources.id))
    .all();
  for (const { documentId, ...s } of rows) if (!out.has(documentId)) out.set(documentId, s);
  return out;
}

/** The newest package (the 21 October 2025 Astana package), its documents of the sector with a source each. */
function briefingPackage(filters: Filters, db: AppDatabase): BriefingPackage | null {
  const newest = db.select().from(documentPackages).orderBy(asc(documentPackages.signedOn)).all().at(-1);
  if (!newest) return null;
  // The package is the subject of every briefing, so the year range does not hide it; the sector filter picks its documents.
  const group = listDocuments({ sector: filters.sector, package: newest.slug }, db).find((g) => g.slug === newest.slug);
  const all = listDocuments({ sector: "all", package: newest.slug }, db).find((g) => g.slug === newest.slug);
  if (!all) return null;
  const ids = new Map(
    db
      .select({ id: documents.id, slug: documents.slug })
      .from(documents)
      .where(eq(documents.packageId, newest.id))
      .all()
      .map((d) => [d.slug, d.id]),
  );
  const docs = group?.documents ?? [];
  const firstSource = earliestSources(
    db,
    docs.map((d) => ids.get(d.slug)).filter((id): id is number => id !== undefined),
  );
  return {
    name: all.name ?? newest.name,
    signedOn: newest.signedOn,
    place: newest.place,
    reportedCount: all.reportedCount,
    countSource: all.countSource,
    documentCount: all.documentCount,
    identifiedCount: all.identifiedCount,
    documents: docs.map((d) => ({ ...d, source: firstSource.get(ids.get(d.slug) ?? -1) ?? null })),
  };
}

/** Plans and expectations of the sector's projects whose date has passed with no outcome recorded (lib/clock.ts decides). */
function overdueItems(filters: Filters, today: string, db: AppDatabase): OverdueItem[] {
  const rows = db.select({ slug: projects.slug, sector: projects.sectorSlug }).from(projects).orderBy(asc(projects.name)).all();
  return rows
    .filter((p) => filters.sector === "all" || p.sector === filters.sector)
    .flatMap((p) => {
      const view = getProject({ slug: p.slug, today }, db);
      if (!view) return [];
      return view.milestones.flatMap((m) => (m.overdue && periodInRange(m.date, m.date, filters) ? [{ project: view.name, milestone: { ...m, overdue: m.overdue } }] : []));
    })
    .sort((a, b) => a.milestone.date.localeCompare(b.milestone.date));
}

function headlineRows(filters: Filters, db: AppDatabase): HeadlineRow[] {
  const specs = HEADLINE_ROWS.filter((r) => filters.sector === "all" || r.sector === filters.sector);
  const figures = listFigures({ indicatorSlugs: [...new Set(specs.map((s) => s.indicator))] }, db).filter((f) => periodInRange(f.periodStart, f.periodEnd, filters));
  return specs.flatMap((spec) => {
    const mine = figures.filter((f) => f.indicatorSlug === spec.indicator && spec.statuses.includes(f.status) && (!spec.periodTypes || spec.periodTypes.includes(f.periodType)));
    const choose = spec.pick === "mostConfident" ? mostConfident : latest;
    const side = (r: Reporter) => {
      const own = mine.filter((f) => f.reporter === r);
      return own.length ? choose(own) : null;
    };
    const sides = { az: side("az"), kz: side("kz"), other: side("other") };
    const first = mine[0];
    // A row none of whose sides has a figure in the range says nothing: it is left out, not shown empty.
    return first ? [{ spec, indicatorName: first.indicatorName, unit: first.unit, sides }] : [];
  });
}

/** Everything the briefing shows for a sector and year range, from the same queries as the overview, documents and project pages. */
export function getBriefing(filters: Filters, options: { today?: string } = {}, db: AppDatabase = getDb()): BriefingData {
  const today = options.today ?? todayIso();
  return {
    filters,
    sectorName: filters.sector === "all" ? null : (sectorNames(db)[filters.sector] ?? filters.sector),
    today,
    freshness: getFreshness(db),
    headlines: headlineRows(filters, db),
    panels: getOverview(filters, db).panels,
    pkg: briefingPackage(filters, db),
    overdue: overdueItems(filters, today, db),
  };
}
