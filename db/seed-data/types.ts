/**
 * Shapes of the hand-transcribed seed data, derived from the tables' insert types: a seed row is
 * the row it becomes, minus the database ids and edit stamps, with references by stable key
 * (source keys, indicator slugs, fact-sheet IDs) instead of ids, so the seed can upsert
 * idempotently. Optional columns may be left out. Transcribed from ../shared/data/facts.md.
 */
import type { claimEvidence, claims, dataGaps, documentPackages, documents, events, indicators, milestones, observations, projects, sources } from "../schema";
import type { DocumentKind, SectorSlug } from "../../lib/constants";

type Insert<T extends { $inferInsert: object }> = T["$inferInsert"];
type Stamps = "id" | "version" | "updatedAt" | "updatedBy";
/** Keys of other seed rows this one points at. */
type SourceKey = string;

/** `key` is kebab-case ("trend-2025-10-10-4101915"); two entries with the same URL are merged by the seed. `publishedOn` may be partial ("2025-10"). */
export type SourceSeed = Omit<Insert<typeof sources>, "id">;

export type IndicatorSeed = Omit<Insert<typeof indicators>, "id" | "sectorSlug"> & { sector: SectorSlug };

/** `key` is the fact-sheet ID ("TA-2025-8m"); for an "as of" figure both period dates are the as-of date. */
export type ObservationSeed = Omit<Insert<typeof observations>, Stamps | "indicatorId" | "sourceId"> & {
  indicator: string;
  /** Primary source. */
  source: SourceKey;
  /** Corroborating sources. */
  extraSources?: SourceKey[];
};

export type GapSeed = Omit<Insert<typeof dataGaps>, "id" | "indicatorId"> & { indicator: string };

export type EventSeed = Omit<Insert<typeof events>, "id" | "sourceId"> & { source: SourceKey };

export type PackageSeed = Omit<Insert<typeof documentPackages>, "id" | "eventId" | "countSourceId"> & { event?: string; countSource?: SourceKey };

export type DocumentSeed = Omit<Insert<typeof documents>, Stamps | "packageId" | "title" | "kind"> & {
  /** null when the sources do not name the document: never invent one (required, so every entry decides). */
  title: string | null;
  kind: DocumentKind | null;
  package?: string;
  sectors: SectorSlug[];
  sources: SourceKey[];
  indicators?: { slug: string; note?: string }[];
  projects?: { slug: string; note?: string }[];
};

export type MilestoneSeed = Omit<Insert<typeof milestones>, "id" | "projectId" | "sourceId"> & { source: SourceKey };

export type ProjectSeed = Omit<Insert<typeof projects>, "id" | "sectorSlug"> & { sector: SectorSlug; sources: SourceKey[]; milestones: MilestoneSeed[] };

/** Evidence points at one seed row by its key; `observation` as a bare fact-sheet ID also matches every observation whose key starts with "<ID>-". */
export type ClaimEvidenceSeed = Pick<Insert<typeof claimEvidence>, "note"> & { observation?: string; document?: string; milestone?: string; source?: SourceKey };

export type ClaimSeed = Omit<Insert<typeof claims>, "id"> & { evidence: ClaimEvidenceSeed[] };
