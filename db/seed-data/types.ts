/**
 * Shapes of the hand-transcribed seed data. Rows refer to each other by stable keys
 * (source keys, indicator slugs, fact-sheet IDs), never by database ids, so the seed
 * can upsert idempotently. Transcribed from ../shared/data/facts.md.
 */
import type {
  ClaimVerdict,
  Confidence,
  DocumentKind,
  DocumentStatus,
  EventKind,
  IdentificationStatus,
  MilestoneStatus,
  ObservationStatus,
  PeriodType,
  ProjectStatus,
  Reporter,
  SectorSlug,
  ValueQualifier,
} from "../../lib/constants";

export interface SourceSeed {
  /** kebab-case, e.g. "trend-2025-10-10-4101915". Two entries with the same URL are merged by the seed. */
  key: string;
  /** The outlet, e.g. "Trend", "Astana Times". */
  publisher: string;
  /** The official body quoted, e.g. "AZ State Customs Committee"; omit when the source is the body itself or unnamed. */
  originator?: string;
  /** Headline or a short description of the item when no headline is known. */
  title: string;
  url: string;
  /** ISO date, possibly partial: "2025-10-10", "2025-10" or "2025". Omit when undated. */
  publishedOn?: string;
  note?: string;
}

export interface IndicatorSeed {
  slug: string;
  name: string;
  unit: string;
  sector: SectorSlug;
  description: string;
  caveat?: string;
  sortOrder: number;
}

export interface ObservationSeed {
  /** The fact-sheet ID ("TA-2025-8m"); a row split into several figures gets descriptive suffixes ("I7-kz-in-az"). */
  key: string;
  indicator: string;
  /** ISO dates (YYYY-MM-DD). For an "as of" figure both are the as-of date. */
  periodStart: string;
  periodEnd: string;
  /** As a reader says it: "2024", "Jan–Aug 2025", "as of Mar 2024". */
  periodLabel: string;
  periodType: PeriodType;
  value: number;
  qualifier?: ValueQualifier;
  status: ObservationStatus;
  reporter: Reporter;
  /** Primary source key. */
  source: string;
  /** Corroborating source keys. */
  extraSources?: string[];
  note?: string;
  confidence: Confidence;
}

export interface GapSeed {
  key: string;
  indicator: string;
  periodLabel: string;
  periodEnd: string;
  reporter: Reporter;
  note: string;
}

export interface EventSeed {
  slug: string;
  title: string;
  kind: EventKind;
  startDate: string;
  endDate?: string;
  place?: string;
  summary: string;
  source: string;
}

export interface PackageSeed {
  slug: string;
  name: string;
  event?: string;
  signedOn: string;
  place?: string;
  reportedCount?: number;
  countNote?: string;
  countSource?: string;
}

export interface DocumentSeed {
  slug: string;
  /** null when the sources do not name the document: never invent one. */
  title: string | null;
  kind: DocumentKind | null;
  signedOn?: string;
  signedPlace?: string;
  parties?: string;
  package?: string;
  packagePosition?: number;
  status?: DocumentStatus;
  identification: IdentificationStatus;
  summary: string;
  note?: string;
  confidence: Confidence;
  sectors: SectorSlug[];
  sources: string[];
  indicators?: { slug: string; note?: string }[];
  projects?: { slug: string; note?: string }[];
}

export interface MilestoneSeed {
  key: string;
  date: string;
  dateLabel: string;
  title: string;
  status: MilestoneStatus;
  source: string;
  confidence: Confidence;
}

export interface ProjectSeed {
  slug: string;
  name: string;
  sector: SectorSlug;
  status: ProjectStatus;
  location?: string;
  summary: string;
  note?: string;
  confidence: Confidence;
  sources: string[];
  milestones: MilestoneSeed[];
}

export interface ClaimEvidenceSeed {
  /** An observation key; a bare fact-sheet ID also matches every observation whose key starts with "<ID>-". */
  observation?: string;
  document?: string;
  milestone?: string;
  source?: string;
  note?: string;
}

export interface ClaimSeed {
  slug: string;
  position: number;
  claimText: string;
  verdict: ClaimVerdict;
  finding: string;
  evidence: ClaimEvidenceSeed[];
}
