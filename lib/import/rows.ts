import type { z } from "zod";
import type { ObservationStatus, PeriodType, Reporter } from "../constants";
import { formatDate } from "../format";
import { en, type Dictionary } from "../i18n/en";
import { adminSchemasFor, valueProblemForUnit, type ObservationFields, type SourceFields } from "../schemas/admin";
import { fieldsFor } from "../schemas/common";
import { columnHeader, importChoices, IMPORT_LIMITS, type ChoiceColumn, type ColumnId, type RawImportRow } from "./columns";

/** One problem in one cell (or in the row as a whole when `column` is the word for "Row"), as the preview shows it. */
export type CellIssue = { column: string; message: string };

export type ImportIndicator = { id: number; slug: string; name: string; unit: string };

/** Where a row's source comes from: the one chosen for the whole file, or the row's own Source columns. */
export type RowSource = { kind: "default" } | { kind: "url"; url: string; fields: SourceFields | null };

export type ParsedRow =
  | {
      ok: true;
      line: number;
      indicator: ImportIndicator;
      fields: Omit<ObservationFields, "sourceId">;
      originator: string | null;
      source: RowSource;
      expectedVersion: number | null;
      /** Cells the row filled in itself: on a figure that exists, an empty Period label, Note or Official body keeps what is stored. */
      given: { periodLabel: boolean; note: boolean; originator: boolean };
    }
  | { ok: false; line: number; issues: CellIssue[] };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period type and reader's label the dates imply, or null when they are not a plain month, year or January-to-month span. */
export function inferPeriod(start: string, end: string): { type: PeriodType; label: string } | null {
  const [sy, sm, sd] = start.split("-").map(Number);
  const [ey, em, ed] = end.split("-").map(Number);
  if (start === end) return { type: "as_of", label: `as of ${formatDate(end)}` };
  if (sy !== ey || sd !== 1 || ed !== lastDayOfMonth(ey!, em!)) return null;
  if (sm === 1 && em === 12) return { type: "year", label: String(sy) };
  if (sm === em) return { type: "month", label: `${MONTHS[sm! - 1]} ${sy}` };
  if (sm === 1) return { type: "year_to_date", label: `Jan–${MONTHS[em! - 1]} ${sy}` };
  return null;
}

/**
 * Text that a spreadsheet program would run as a formula when the data is opened again
 * ("=cmd|' /C calc'!A0", "+1+1", "@SUM(…)"). Refused in text cells rather than stored escaped: a
 * release has no reason to contain one, and it is most likely a pasted formula, not its value.
 */
function isFormula(v: string): boolean {
  return /^[=+@]/.test(v);
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

function choose(column: ChoiceColumn, raw: string, t: Dictionary): { code: string } | { message: string } {
  const options = importChoices()[column];
  const hit = options.find((o) => o.labels.some((l) => norm(l) === norm(raw)));
  return hit ? { code: hit.code } : { message: t.admin.import.issues.notOneOf(raw.slice(0, 40), options.map((o) => o.labels[0]).join(", ")) };
}

function firstMessage(result: z.ZodSafeParseResult<unknown>, t: Dictionary): string | null {
  return result.success ? null : (result.error.issues[0]?.message ?? t.admin.import.issues.invalid);
}

/** Zod's path in observationFields → the column an editor fixes. */
const FIELD_COLUMN: Record<string, ColumnId> = {
  periodStart: "periodStart",
  periodEnd: "periodEnd",
  periodLabel: "periodLabel",
  periodType: "periodType",
  value: "value",
  qualifier: "qualifier",
  status: "status",
  reporter: "reporter",
  confidence: "confidence",
  note: "note",
};

/**
 * Validates one row of a release without the database: labels to codes, the period, and the same
 * zod schema the editor form's server action uses (observationFields), plus the unit rule the
 * mutations apply. The source and the matching figure are resolved later, against the database.
 * Messages are in the language of `t` (the import page's).
 */
export function parseImportRow(row: RawImportRow, indicators: ImportIndicator[], t: Dictionary = en): ParsedRow {
  const m = t.admin.import.issues;
  const { observationFields, sourceSchema } = adminSchemasFor(t.validation);
  const { isoDate, optionalText } = fieldsFor(t.validation);
  const issues: CellIssue[] = [];
  const add = (id: ColumnId | "Row", message: string) => issues.push({ column: id === "Row" ? t.admin.import.columns.row : columnHeader(id), message });
  const cell = (id: ColumnId) => (row.cells[id] ?? "").trim();

  for (const [id, value] of Object.entries(row.cells) as [ColumnId, string][]) {
    if (value.length > IMPORT_LIMITS.maxCell) add(id, m.cellTooLong(IMPORT_LIMITS.maxCell));
    else if (id !== "value" && isFormula(value.trim())) add(id, m.formula);
  }
  if (issues.length) return { ok: false, line: row.line, issues };

  const indicatorText = cell("indicator");
  const indicator = indicatorText ? indicators.find((i) => norm(i.slug) === norm(indicatorText) || norm(i.name) === norm(indicatorText)) : undefined;
  if (!indicatorText) add("indicator", m.nameIndicator);
  else if (!indicator) add("indicator", m.unknownIndicator(indicatorText.slice(0, 60)));

  const pick = (id: ChoiceColumn, fallback?: string): string | undefined => {
    const raw = cell(id);
    if (!raw) {
      if (fallback === undefined) add(id, m.required);
      return fallback;
    }
    const r = choose(id, raw, t);
    if ("message" in r) {
      add(id, r.message);
      return undefined;
    }
    return r.code;
  };
  const reporter = pick("reporter") as Reporter | undefined;
  const status = pick("status") as ObservationStatus | undefined;
  const confidence = pick("confidence");
  const qualifier = pick("qualifier", "exact");
  const typeGiven = cell("periodType") ? pick("periodType") : undefined;

  const start = isoDate.safeParse(cell("periodStart"));
  const end = isoDate.safeParse(cell("periodEnd"));
  if (!start.success) add("periodStart", cell("periodStart") ? firstMessage(start, t)! : m.required);
  if (!end.success) add("periodEnd", cell("periodEnd") ? firstMessage(end, t)! : m.required);
  let periodType = typeGiven as PeriodType | undefined;
  let periodLabel = cell("periodLabel");
  if (start.success && end.success && start.data > end.data) add("periodEnd", t.validation.periodOrder);
  else if (start.success && end.success) {
    const inferred = inferPeriod(start.data, end.data);
    if (!periodType && inferred) periodType = inferred.type;
    if (!periodLabel && inferred && inferred.type === periodType) periodLabel = inferred.label;
    if (!periodType && !cell("periodType")) add("periodType", m.givePeriodType);
    else if (periodType && !periodLabel) add("periodLabel", m.givePeriodLabel);
  }

  const originator = optionalText(200, m.officialBody).safeParse(cell("originator"));
  if (!originator.success) add("originator", firstMessage(originator, t)!);

  let expectedVersion: number | null = null;
  if (cell("expectedVersion")) {
    if (/^\d{1,9}$/.test(cell("expectedVersion")) && Number(cell("expectedVersion")) >= 1) expectedVersion = Number(cell("expectedVersion"));
    else add("expectedVersion", m.expectedVersion);
  }

  let source: RowSource = { kind: "default" };
  const sourceCells = { url: cell("sourceUrl"), title: cell("sourceTitle"), publisher: cell("sourcePublisher"), publishedOn: cell("sourceDate") };
  if (sourceCells.url || sourceCells.title || sourceCells.publisher || sourceCells.publishedOn) {
    if (!sourceCells.url) add("sourceUrl", m.sourceNeedsUrl);
    else if (!sourceCells.title && !sourceCells.publisher && !sourceCells.publishedOn) source = { kind: "url", url: sourceCells.url, fields: null };
    else {
      const s = sourceSchema.safeParse({ ...sourceCells, originator: originator.success ? originator.data : undefined });
      if (s.success) source = { kind: "url", url: s.data.url, fields: s.data };
      else
        for (const i of s.error.issues) {
          const key = String(i.path[0]);
          add(key === "url" ? "sourceUrl" : key === "title" ? "sourceTitle" : key === "publisher" ? "sourcePublisher" : key === "publishedOn" ? "sourceDate" : "sourceUrl", i.message);
        }
    }
    if (source.kind === "url" && !/^https?:\/\//i.test(source.url)) add("sourceUrl", t.validation.httpUrl);
  }

  // The editor form's schema decides what a figure may be; only the source id waits for the database.
  const parsed = observationFields.safeParse({
    periodStart: cell("periodStart"),
    periodEnd: cell("periodEnd"),
    periodLabel,
    periodType,
    value: cell("value"),
    qualifier,
    status,
    reporter,
    sourceId: 1,
    confidence,
    note: cell("note"),
  });
  if (!parsed.success) {
    const seen = new Set(issues.map((i) => i.column));
    for (const i of parsed.error.issues) {
      const column = FIELD_COLUMN[String(i.path[0])];
      // A missing choice or date was reported above in the file's own terms.
      // The period's type and label are made from the dates when empty: with bad dates, the dates are the problem.
      const derived = (column === "periodLabel" || column === "periodType") && !cell(column);
      if (column && !derived && !seen.has(columnHeader(column))) {
        add(column, column === "value" && !cell("value") ? m.required : i.message);
        seen.add(columnHeader(column));
      }
    }
  }
  if (parsed.success && indicator) {
    const unit = indicator.unit;
    // The unit as the page's language names it; one without a translation is shown as stored.
    if (valueProblemForUnit(unit, parsed.data.value)) add("value", t.validation.negativeForUnit((t.units as Record<string, string>)[unit] ?? unit));
  }
  if (issues.length || !parsed.success || !indicator) return { ok: false, line: row.line, issues: issues.length ? issues : [{ column: t.admin.import.columns.row, message: m.invalidRow }] };
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the placeholder id is dropped here
  const { sourceId, ...fields } = parsed.data;
  return {
    ok: true,
    line: row.line,
    indicator,
    fields,
    originator: originator.success ? (originator.data ?? null) : null,
    source,
    expectedVersion,
    given: { periodLabel: !!cell("periodLabel"), note: !!cell("note"), originator: !!cell("originator") },
  };
}
