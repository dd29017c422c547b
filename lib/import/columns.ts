import { CONFIDENCE_LEVELS, NON_NEGATIVE_UNITS, OBSERVATION_STATUSES, PERIOD_TYPES, REPORTERS, VALUE_QUALIFIERS } from "../constants";
import { getDictionary } from "../i18n";
import { en } from "../i18n/en";

/**
 * The columns of a release file, in template order. Headers are matched without regard to case
 * or surrounding spaces; the template's "Allowed values" sheet (and the CSV template's comment
 * lines) are written from this list, so the documentation cannot drift from what is accepted.
 */
export const IMPORT_COLUMNS = [
  { id: "indicator", header: "Indicator", required: true, help: "The indicator's name or short name, as listed under Allowed values" },
  { id: "reporter", header: "Reported by", required: true, help: "Whose statistics: one of the labels listed" },
  { id: "periodStart", header: "Period start", required: true, help: "A date, YYYY-MM-DD (2026-01-01)" },
  { id: "periodEnd", header: "Period end", required: true, help: "A date, YYYY-MM-DD (2026-01-31)" },
  { id: "periodLabel", header: "Period label", required: false, help: "As readers see it (Jan 2026); made from the dates when empty" },
  { id: "periodType", header: "Period type", required: false, help: "Worked out from the dates when empty (a month, a year, January to a month end)" },
  { id: "value", header: "Value", required: true, help: "1234.5 or 1234,5; spaces may group thousands (1 234,5); no other thousands separator" },
  { id: "qualifier", header: "Qualifier", required: false, help: "exact when empty" },
  { id: "status", header: "Status", required: true, help: "One of the labels listed" },
  { id: "confidence", header: "Confidence", required: true, help: "One of the labels listed" },
  { id: "originator", header: "Official body quoted", required: false, help: "The body that published the figure, when the source quotes one" },
  { id: "note", header: "Note", required: false, help: "Shown with the figure" },
  { id: "sourceUrl", header: "Source URL", required: false, help: "An existing source with this URL is used; otherwise a new source is made from the four source columns" },
  { id: "sourceTitle", header: "Source title", required: false, help: "For a new source" },
  { id: "sourcePublisher", header: "Source publisher", required: false, help: "For a new source" },
  { id: "sourceDate", header: "Source date", required: false, help: "For a new source: YYYY, YYYY-MM or YYYY-MM-DD" },
  { id: "expectedVersion", header: "Expected version", required: false, help: "The version of the figure this row replaces (from a downloaded file); a newer edit is then a conflict" },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type ColumnId = ImportColumn["id"];
export type RawImportRow = { line: number; cells: Partial<Record<ColumnId, string>> };

export const IMPORT_LIMITS = {
  /** Bytes of the file as uploaded. The file travels as text inside a server action (1 MB body limit). */
  maxBytes: 512 * 1024,
  /** Data rows, header excluded. */
  maxRows: 2000,
  /** Characters in one cell. */
  maxCell: 5000,
} as const;

export const columnHeader = (id: ColumnId) => IMPORT_COLUMNS.find((c) => c.id === id)!.header;

// The file format is English (its headers and choices are the template's), so these are the English dictionary's names.
const PERIOD_TYPE_LABELS: Record<(typeof PERIOD_TYPES)[number], string> = en.periodType;

/** Each labelled column's choices: the label written in the template first, then other spellings accepted. */
export function importChoices() {
  const t = getDictionary();
  return {
    reporter: REPORTERS.map((code) => ({ code, labels: [t.reporter[code], t.reporterShort[code], code] })),
    status: OBSERVATION_STATUSES.map((code) => ({ code, labels: [t.status[code]] })),
    qualifier: VALUE_QUALIFIERS.map((code) => ({ code, labels: [t.export.csv.qualifier[code], code.replace("_", " "), code] })),
    confidence: CONFIDENCE_LEVELS.map((code) => ({ code, labels: [code] })),
    periodType: PERIOD_TYPES.map((code) => ({ code, labels: [PERIOD_TYPE_LABELS[code], code.replaceAll("_", " "), code] })),
  } as const;
}

export type ChoiceColumn = keyof ReturnType<typeof importChoices>;

/** The documentation the template carries: every column, whether it is required, what it accepts. */
export function templateGuide(indicators: { name: string; slug: string; unit: string }[]): string[][] {
  const choices = importChoices();
  const rows: string[][] = [["Column", "Required", "What it accepts"]];
  for (const c of IMPORT_COLUMNS) {
    const allowed = c.id in choices ? ` Allowed: ${choices[c.id as ChoiceColumn].map((o) => o.labels[0]).join("; ")}.` : "";
    rows.push([c.header, c.required ? "yes" : "no", `${c.help}.${allowed}`]);
  }
  rows.push([]);
  rows.push(["Source", "", "Each row names its source with the Source columns, or the source chosen on the import page is used for rows that leave them empty."]);
  rows.push(["Negative values", "", `Refused for indicators measured in ${NON_NEGATIVE_UNITS.join(", ")}.`]);
  rows.push(["Matching", "", "A row replaces the figure with the same indicator, side and period; otherwise it adds a new figure. Keys are generated."]);
  rows.push([]);
  rows.push(["Indicator", "Short name", "Unit"]);
  for (const i of indicators) rows.push([i.name, i.slug, i.unit]);
  return rows;
}
