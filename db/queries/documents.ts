import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { AppDatabase } from "../connection";
import { getDb } from "../index";
import { documentIndicators, documentPackages, documentProjects, documents, documentSectors, documentSources, indicators, projects, sectors, sources } from "../schema";
import type { Filters } from "../../lib/search-params";
import type { Confidence, DocumentKind, DocumentStatus, IdentificationStatus, SectorSlug } from "../../lib/constants";
import { localName, localTitle } from "./localize";

export interface DocumentSummary {
  slug: string;
  title: string | null;
  kind: DocumentKind | null;
  signedOn: string | null;
  signedPlace: string | null;
  parties: string | null;
  status: DocumentStatus | null;
  identification: IdentificationStatus;
  packagePosition: number | null;
  confidence: Confidence;
  summary: string;
  sectors: { slug: SectorSlug; name: string }[];
}

export interface PackageGroup {
  slug: string | null;
  name: string | null;
  signedOn: string | null;
  place: string | null;
  reportedCount: number | null;
  countNote: string | null;
  /** The source of the reported count, linked beside it. */
  countSource: { publisher: string; title: string; url: string; publishedOn: string | null } | null;
  /** Counts over the whole package, whatever the filter, so "5 of 15 identified" stays true. */
  identifiedCount: number;
  documentCount: number;
  documents: DocumentSummary[];
}

function sectorsByDocument(db: AppDatabase, ids: number[]) {
  const map = new Map<number, { slug: SectorSlug; name: string }[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ documentId: documentSectors.documentId, slug: sectors.slug, name: sectors.name })
    .from(documentSectors)
    .innerJoin(sectors, eq(documentSectors.sectorSlug, sectors.slug))
    .where(inArray(documentSectors.documentId, ids))
    .orderBy(asc(sectors.sortOrder))
    .all();
  for (const r of rows) map.set(r.documentId, [...(map.get(r.documentId) ?? []), { slug: r.slug, name: localName("sector", r.slug, r.name, db) }]);
  return map;
}

function toSummary(d: typeof documents.$inferSelect, s: Map<number, { slug: SectorSlug; name: string }[]>): DocumentSummary {
  return {
    slug: d.slug,
    title: localTitle("document", d.slug, d.title),
    kind: d.kind,
    signedOn: d.signedOn,
    signedPlace: d.signedPlace,
    parties: d.parties,
    status: d.status,
    identification: d.identification,
    packagePosition: d.packagePosition,
    confidence: d.confidence,
    summary: d.summary,
    sectors: s.get(d.id) ?? [],
  };
}

/** The signing year of a document, or of its package when the document itself is undated. */
const yearOf = (d: { signedOn: string | null }, pkg?: { signedOn: string } | null) => Number((d.signedOn ?? pkg?.signedOn ?? "0").slice(0, 4));

/**
 * Documents grouped by package, the newest package first (the 21 October 2025 package leads),
 * then the documents that belong to no package, newest first. Filters by sector, package and
 * signing year.
 */
export function listDocuments(filters: Filters, db: AppDatabase = getDb()): PackageGroup[] {
  const pkgs = db.select().from(documentPackages).orderBy(desc(documentPackages.signedOn)).all();
  const docs = db.select().from(documents).orderBy(asc(documents.packagePosition), desc(documents.signedOn), asc(documents.slug)).all();
  const sectorMap = sectorsByDocument(
    db,
    docs.map((d) => d.id),
  );
  const pkgById = new Map(pkgs.map((p) => [p.id, p]));
  const countSourceIds = pkgs.map((p) => p.countSourceId).filter((id): id is number => id !== null);
  const countSources = new Map(
    (countSourceIds.length
      ? db
          .select({ id: sources.id, publisher: sources.publisher, title: sources.title, url: sources.url, publishedOn: sources.publishedOn })
          .from(sources)
          .where(inArray(sources.id, countSourceIds))
          .all()
      : []
    ).map(({ id, ...s }) => [id, s]),
  );

  const keep = (d: (typeof docs)[number]) => {
    const pkg = d.packageId ? pkgById.get(d.packageId) : null;
    if (filters.package && pkg?.slug !== filters.package) return false;
    if (filters.sector !== "all" && !(sectorMap.get(d.id) ?? []).some((s) => s.slug === filters.sector)) return false;
    const year = yearOf(d, pkg);
    if (filters.from !== undefined && year < filters.from) return false;
    if (filters.to !== undefined && year > filters.to) return false;
    return true;
  };

  const groups: PackageGroup[] = pkgs.map((p) => {
    const all = docs.filter((d) => d.packageId === p.id);
    return {
      slug: p.slug,
      name: localName("package", p.slug, p.name, db),
      signedOn: p.signedOn,
      place: p.place,
      reportedCount: p.reportedCount,
      countNote: p.countNote,
      countSource: p.countSourceId !== null ? (countSources.get(p.countSourceId) ?? null) : null,
      identifiedCount: all.filter((d) => d.identification === "identified").length,
      documentCount: all.length,
      documents: all.filter(keep).map((d) => toSummary(d, sectorMap)),
    };
  });
  const loose = docs.filter((d) => d.packageId === null);
  groups.push({
    slug: null,
    name: null,
    signedOn: null,
    place: null,
    reportedCount: null,
    countNote: null,
    countSource: null,
    identifiedCount: loose.filter((d) => d.identification === "identified").length,
    documentCount: loose.length,
    documents: loose
      .filter(keep)
      .sort((a, b) => (b.signedOn ?? "").localeCompare(a.signedOn ?? ""))
      .map((d) => toSummary(d, sectorMap)),
  });
  return groups.filter((g) => g.documents.length > 0);
}

export function listPackages(db: AppDatabase = getDb()) {
  return db
    .select({ slug: documentPackages.slug, name: documentPackages.name, signedOn: documentPackages.signedOn })
    .from(documentPackages)
    .orderBy(desc(documentPackages.signedOn))
    .all()
    .map((p) => ({ ...p, name: localName("package", p.slug, p.name, db) }));
}

export interface DocumentDetail extends DocumentSummary {
  note: string | null;
  updatedAt: string;
  package: { slug: string; name: string; signedOn: string; reportedCount: number | null; countNote: string | null } | null;
  sources: { id: number; title: string; publisher: string; originator: string | null; url: string; publishedOn: string | null }[];
  indicators: { slug: string; name: string; unit: string; sectorSlug: string; note: string | null }[];
  projects: { slug: string; name: string; status: string; summary: string; note: string | null }[];
  neighbours: DocumentSummary[];
}

export function getDocument(input: { slug: string }, db: AppDatabase = getDb()): DocumentDetail | null {
  const d = db.select().from(documents).where(eq(documents.slug, input.slug)).get();
  if (!d) return null;
  const pkg = d.packageId ? (db.select().from(documentPackages).where(eq(documentPackages.id, d.packageId)).get() ?? null) : null;
  const siblings = pkg
    ? db
        .select()
        .from(documents)
        .where(and(eq(documents.packageId, pkg.id), sql`${documents.id} <> ${d.id}`))
        .orderBy(asc(documents.packagePosition))
        .all()
    : [];
  const sectorMap = sectorsByDocument(db, [d.id, ...siblings.map((s) => s.id)]);
  return {
    ...toSummary(d, sectorMap),
    note: d.note,
    updatedAt: d.updatedAt,
    package: pkg ? { slug: pkg.slug, name: localName("package", pkg.slug, pkg.name, db), signedOn: pkg.signedOn, reportedCount: pkg.reportedCount, countNote: pkg.countNote } : null,
    sources: db
      .select({ id: sources.id, title: sources.title, publisher: sources.publisher, originator: sources.originator, url: sources.url, publishedOn: sources.publishedOn })
      .from(documentSources)
      .innerJoin(sources, eq(documentSources.sourceId, sources.id))
      .where(eq(documentSources.documentId, d.id))
      .orderBy(asc(sources.publishedOn))
      .all(),
    indicators: db
      .select({ slug: indicators.slug, name: indicators.name, unit: indicators.unit, sectorSlug: indicators.sectorSlug, note: documentIndicators.note })
      .from(documentIndicators)
      .innerJoin(indicators, eq(documentIndicators.indicatorId, indicators.id))
      .where(eq(documentIndicators.documentId, d.id))
      .orderBy(asc(indicators.sortOrder))
      .all()
      .map((i) => ({ ...i, name: localName("indicator", i.slug, i.name, db) })),
    projects: db
      .select({ slug: projects.slug, name: projects.name, status: projects.status, summary: projects.summary, note: documentProjects.note })
      .from(documentProjects)
      .innerJoin(projects, eq(documentProjects.projectId, projects.id))
      .where(eq(documentProjects.documentId, d.id))
      .all()
      .map((p) => ({ ...p, name: localName("project", p.slug, p.name, db) })),
    neighbours: siblings.map((s) => toSummary(s, sectorMap)),
  };
}

/** Signed documents of a sector with a date, for markers on time axes. */
export function listDocumentMarkers(input: { sector: SectorSlug }, db: AppDatabase = getDb()) {
  return db
    .select({ slug: documents.slug, title: documents.title, signedOn: documents.signedOn, identification: documents.identification })
    .from(documents)
    .innerJoin(documentSectors, eq(documentSectors.documentId, documents.id))
    .where(and(eq(documentSectors.sectorSlug, input.sector), sql`${documents.signedOn} is not null`))
    .orderBy(asc(documents.signedOn))
    .all()
    .map((r) => ({ ...r, title: localTitle("document", r.slug, r.title, db), signedOn: r.signedOn as string }));
}

/** Signing years covered by documents and packages, for the documents page's period filter. */
export function listDocumentYears(db: AppDatabase = getDb()): number[] {
  const row = db.$client
    .prepare("select min(y) as lo, max(y) as hi from (select substr(signed_on, 1, 4) as y from documents where signed_on is not null union all select substr(signed_on, 1, 4) from document_packages)")
    .get() as { lo: string | null; hi: string | null };
  if (!row.lo || !row.hi) return [];
  return Array.from({ length: Number(row.hi) - Number(row.lo) + 1 }, (_, i) => Number(row.lo) + i);
}
