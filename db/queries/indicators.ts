import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { documentIndicators, documents, indicators, sectors } from "../schema";
import { listFigures, listGaps, otherSources } from "./figures";
import type { SectorSlug } from "../../lib/constants";
import type { Figure, FigureSource, Gap } from "../../lib/figures";
import { periodInRange, type Filters } from "../../lib/search-params";
import { localName, localTitle } from "./localize";

export interface IndicatorMeta {
  slug: string;
  name: string;
  unit: string;
  description: string;
  caveat: string | null;
  /** When the next figure is expected, where the sources say it. */
  nextRelease: string | null;
  sector: { slug: SectorSlug; name: string };
}

export interface IndicatorWithFigures extends IndicatorMeta {
  figures: Figure[];
  gaps: Gap[];
}

export interface IndicatorDetail extends IndicatorWithFigures {
  /** Corroborating sources per observation id, beside each figure's primary source. */
  extraSources: Record<number, FigureSource[]>;
  documents: { slug: string; title: string | null; signedOn: string | null; identification: string; note: string | null }[];
}

const metaColumns = {
  id: indicators.id,
  slug: indicators.slug,
  name: indicators.name,
  unit: indicators.unit,
  description: indicators.description,
  caveat: indicators.caveat,
  nextRelease: indicators.nextRelease,
  sectorSlug: sectors.slug,
  sectorName: sectors.name,
};

type Range = Pick<Filters, "from" | "to">;

const inRange = (range: Range) => (x: { periodStart?: string; periodEnd: string }) => periodInRange(x.periodStart ?? x.periodEnd, x.periodEnd, range);

/** Indicators (of a sector, or one by slug) with their known gaps in the year range, without their figures: the JSON API pages those. */
export function listIndicatorMetas(input: { sector?: SectorSlug; slug?: string } & Range, db: AppDatabase = getDb()): (IndicatorMeta & { gaps: Gap[] })[] {
  const rows = db
    .select(metaColumns)
    .from(indicators)
    .innerJoin(sectors, eq(indicators.sectorSlug, sectors.slug))
    .where(and(input.sector ? eq(indicators.sectorSlug, input.sector) : undefined, input.slug ? eq(indicators.slug, input.slug) : undefined))
    .orderBy(asc(sectors.sortOrder), asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const gaps = listGaps({ indicatorSlugs: rows.map((r) => r.slug) }, db).filter(inRange(input));
  return rows.map((r) => ({
    slug: r.slug,
    name: localName("indicator", r.slug, r.name, db),
    unit: r.unit,
    description: r.description,
    caveat: r.caveat,
    nextRelease: r.nextRelease,
    sector: { slug: r.sectorSlug, name: localName("sector", r.sectorSlug, r.sectorName, db) },
    gaps: gaps.filter((g) => g.indicatorSlug === r.slug),
  }));
}

/** Every indicator of a sector (or of all sectors), each with its figures and known gaps in the year range. */
export function listIndicators(input: { sector?: SectorSlug } & Range, db: AppDatabase = getDb()): IndicatorWithFigures[] {
  const rows = db
    .select(metaColumns)
    .from(indicators)
    .innerJoin(sectors, eq(indicators.sectorSlug, sectors.slug))
    .where(input.sector ? eq(indicators.sectorSlug, input.sector) : undefined)
    .orderBy(asc(sectors.sortOrder), asc(indicators.sortOrder))
    .all();
  const slugs = rows.map((r) => r.slug);
  // Grouped in one pass (a filter per indicator was a tenth of a large sector's render).
  const figuresOf = new Map<string, Figure[]>(slugs.map((s) => [s, []]));
  const wanted = inRange(input);
  for (const f of listFigures({ indicatorSlugs: slugs }, db)) if (wanted(f)) figuresOf.get(f.indicatorSlug)?.push(f);
  const gaps = listGaps({ indicatorSlugs: slugs }, db).filter(inRange(input));
  return rows.map(({ slug, name, unit, description, caveat, nextRelease, sectorSlug, sectorName }) => ({
    slug,
    name: localName("indicator", slug, name, db),
    unit,
    description,
    caveat,
    nextRelease,
    sector: { slug: sectorSlug, name: localName("sector", sectorSlug, sectorName, db) },
    figures: figuresOf.get(slug) ?? [],
    gaps: gaps.filter((g) => g.indicatorSlug === slug),
  }));
}

export function getIndicator(input: { slug: string } & Range, db: AppDatabase = getDb()): IndicatorDetail | null {
  const row = db.select(metaColumns).from(indicators).innerJoin(sectors, eq(indicators.sectorSlug, sectors.slug)).where(eq(indicators.slug, input.slug)).get();
  if (!row) return null;
  const figures = listFigures({ indicatorSlugs: [row.slug] }, db).filter(inRange(input));
  const extraSources = otherSources(
    figures.map((f) => f.id),
    db,
  );
  const { id, sectorSlug, sectorName, ...meta } = row;
  return {
    ...meta,
    name: localName("indicator", meta.slug, meta.name, db),
    sector: { slug: sectorSlug, name: localName("sector", sectorSlug, sectorName, db) },
    figures,
    gaps: listGaps({ indicatorSlugs: [row.slug] }, db).filter(inRange(input)),
    extraSources,
    documents: db
      .select({ slug: documents.slug, title: documents.title, signedOn: documents.signedOn, identification: documents.identification, note: documentIndicators.note })
      .from(documentIndicators)
      .innerJoin(documents, eq(documentIndicators.documentId, documents.id))
      .where(eq(documentIndicators.indicatorId, id))
      .orderBy(asc(documents.signedOn))
      .all()
      .map((d) => ({ ...d, title: localTitle("document", d.slug, d.title, db) })),
  };
}
