/**
 * Enumerations shared by the database schema, zod schemas and the UI.
 * Declared once here so that a new status or kind is added in one place.
 */

export const PRIMARY_SECTORS = ["trade", "investment", "energy", "transport", "digital"] as const;
export type PrimarySector = (typeof PRIMARY_SECTORS)[number];

/** Every sector slug that documents may carry; the first five have dashboard panels. */
export const SECTOR_SLUGS = [...PRIMARY_SECTORS, "political", "industry", "health", "statistics", "culture", "legal"] as const;
export type SectorSlug = (typeof SECTOR_SLUGS)[number];

/** Status of a figure as published. "derived" is never stored: our own arithmetic is computed and labelled at render time. */
export const OBSERVATION_STATUSES = ["actual", "preliminary", "estimate", "forecast", "target", "plan"] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** Whose statistics a figure comes from. The two national series are never merged. */
export const REPORTERS = ["az", "kz", "other"] as const;
export type Reporter = (typeof REPORTERS)[number];

/** How the published figure relates to the stored number: "~680" is approx, ">900" is more_than. */
export const VALUE_QUALIFIERS = ["exact", "approx", "more_than", "less_than"] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

export const CONFIDENCE_LEVELS = ["high", "medium-high", "medium", "low-medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const PERIOD_TYPES = ["year", "year_to_date", "half_year", "month", "as_of", "cumulative", "marketing_year", "multi_year"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const DOCUMENT_KINDS = ["treaty", "agreement", "memorandum", "decision", "joint_statement", "declaration", "programme", "protocol", "plan", "contract"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ["signed", "announced", "ratified", "in_force", "draft"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * identified: title and parties known from sources.
 * sector_reported: sources say a document in this field was signed, but not its title or parties.
 * unidentified: only its existence is known (the package count).
 */
export const IDENTIFICATION_STATUSES = ["identified", "sector_reported", "unidentified"] as const;
export type IdentificationStatus = (typeof IDENTIFICATION_STATUSES)[number];

export const PROJECT_STATUSES = ["proposed", "planned", "in_preparation", "under_construction", "operational", "suspended"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const MILESTONE_STATUSES = ["actual", "plan", "forecast"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const EVENT_KINDS = ["state_visit", "official_visit", "working_visit", "sic_meeting", "commission_session", "ministerial", "forum", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** "overstated": the sources give a lower figure of the same kind, close enough that "contradicted" would overstate the disagreement. */
export const CLAIM_VERDICTS = ["supported", "partly_supported", "overstated", "contradicted", "not_found"] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_ACTIONS = ["create", "update", "delete", "revert", "disable", "enable", "import"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** "import": one release file applied as one transaction; its entry lists every figure and source it wrote. */
export const AUDIT_ENTITIES = ["observation", "document", "source", "user", "import"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const PRODUCT_NAME = "Azerbaijan–Kazakhstan Cooperation Monitor";

/**
 * Units of amounts, counts and ratios of amounts: a negative figure in one is a typing error, so
 * the editor and the import refuse it. Units not listed here (such as "%", which may be a change)
 * accept negatives; a new unit that cannot be negative is added here.
 */
export const NON_NEGATIVE_UNITS = ["USD million", "thousand tonnes", "million tonnes", "million tonnes a year", "tonnes", "TEU", "trains", "companies", "documents", "km", "Tbit/s", "×"] as const;
