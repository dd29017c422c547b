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

/**
 * "import": one release file applied as one transaction; its entry lists every figure and source it wrote.
 * "translation": one row of content_translations; its key reads "<entity>/<entity key>/<field>/<locale>".
 */
export const AUDIT_ENTITIES = ["observation", "document", "source", "user", "import", "translation"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Content that carries its own name or title in Azerbaijani, Kazakh and Russian (db/schema/translations.ts), by its stable text key. */
export const TRANSLATABLE_ENTITIES = ["sector", "indicator", "document", "project", "milestone", "package", "event"] as const;
export type TranslatableEntity = (typeof TRANSLATABLE_ENTITIES)[number];

export const TRANSLATION_FIELDS = ["name", "title", "description"] as const;
export type TranslationField = (typeof TRANSLATION_FIELDS)[number];

/**
 * Which English column of each entity a translation may replace. Longer texts (summaries, notes,
 * claims) are not here: they stay in English, marked as such. A sector's description is one or two
 * sentences, so it is translated too.
 */
export const TRANSLATABLE_FIELDS = {
  sector: ["name", "description"],
  indicator: ["name"],
  document: ["title"],
  project: ["name"],
  milestone: ["title"],
  package: ["name"],
  event: ["title"],
} as const satisfies Record<TranslatableEntity, readonly TranslationField[]>;

/** The locales content is translated into; English is the stored original and has no translation rows. */
export const TRANSLATION_LOCALES = ["az", "kk", "ru"] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** official: the title as an official page of either country gives it (with its URL); editor: written or corrected by an editor; machine: machine-made, marked until an editor reviews it. */
export const TRANSLATION_ORIGINS = ["official", "editor", "machine"] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];

export const PRODUCT_NAME = "Azerbaijan–Kazakhstan Cooperation Monitor";

/**
 * Units of amounts, counts and ratios of amounts: a negative figure in one is a typing error, so
 * the editor and the import refuse it. Units not listed here (such as "%", which may be a change)
 * accept negatives; a new unit that cannot be negative is added here.
 */
export const NON_NEGATIVE_UNITS = ["USD million", "thousand tonnes", "million tonnes", "million tonnes a year", "tonnes", "TEU", "trains", "companies", "documents", "km", "Tbit/s", "×"] as const;
