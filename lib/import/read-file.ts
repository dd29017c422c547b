import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { IMPORT_COLUMNS, IMPORT_LIMITS, type ColumnId, type RawImportRow } from "./columns";
import type { FileKind } from "./file-kind";
import { en, type Dictionary } from "../i18n/en";

/** The messages of a refused file, in the language of the import page (English by default: tests, scripts). */
export type ImportIssueTexts = Dictionary["admin"]["import"]["issues"];

export type ReadResult = { ok: true; rows: RawImportRow[] } | { ok: false; message: string };

/** The sheet of a workbook that holds the figures; any other sheet (the template's guide) is ignored. */
export const RELEASE_SHEET = "Release";

/** A workbook may not unpack to more than this: a few-kilobyte zip can claim gigabytes ("zip bomb"). */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

const normHeader = (s: string) =>
  s
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** Header cells → column ids; every problem with the header row at once, so one fix is enough. */
function mapHeader(header: string[], t: ImportIssueTexts): { ok: true; ids: (ColumnId | null)[] } | { ok: false; message: string } {
  const ids: (ColumnId | null)[] = [];
  const unknown: string[] = [];
  const seen = new Set<ColumnId>();
  const duplicate: string[] = [];
  for (const h of header) {
    if (normHeader(h) === "") {
      ids.push(null);
      continue;
    }
    const col = IMPORT_COLUMNS.find((c) => normHeader(c.header) === normHeader(h) || c.id.toLowerCase() === normHeader(h));
    if (!col) unknown.push(h.trim().slice(0, 40));
    else if (seen.has(col.id)) duplicate.push(col.header);
    else seen.add(col.id);
    ids.push(col?.id ?? null);
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.id)).map((c) => c.header);
  const problems = [
    unknown.length ? t.unknownColumns(unknown.length, unknown.map((u) => `"${u}"`).join(", ")) : "",
    duplicate.length ? t.duplicateColumns(duplicate.length, duplicate.join(", ")) : "",
    missing.length ? t.missingColumns(missing.length, missing.join(", ")) : "",
  ].filter(Boolean);
  return problems.length ? { ok: false, message: problems.join(" ") } : { ok: true, ids };
}

function toRows(table: { line: number; cells: string[] }[], t: ImportIssueTexts): ReadResult {
  const headerAt = table.findIndex((r) => r.cells.some((c) => c.trim() !== ""));
  if (headerAt === -1) return { ok: false, message: t.noHeader };
  const header = mapHeader(table[headerAt]!.cells, t);
  if (!header.ok) return header;
  const rows: RawImportRow[] = [];
  for (const r of table.slice(headerAt + 1)) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    if (r.cells.length > header.ids.length && r.cells.slice(header.ids.length).some((c) => c.trim() !== "")) return { ok: false, message: t.tooManyCells(r.line) };
    if (rows.length === IMPORT_LIMITS.maxRows) return { ok: false, message: t.tooManyRows(IMPORT_LIMITS.maxRows) };
    const cells: RawImportRow["cells"] = {};
    header.ids.forEach((id, i) => {
      if (id && r.cells[i] !== undefined && r.cells[i] !== "") cells[id] = r.cells[i];
    });
    rows.push({ line: r.line, cells });
  }
  if (rows.length === 0) return { ok: false, message: t.noRows };
  return { ok: true, rows };
}

/** Comma, semicolon (spreadsheets set to a decimal-comma locale save with it) or tab: whichever splits the header line most. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const count = (d: string) => first.split(d).length - 1;
  return [",", ";", "\t"].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

export function readCsv(bytes: Uint8Array, t: ImportIssueTexts = en.admin.import.issues): ReadResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: t.notUtf8 };
  }
  if (text.includes("\u0000")) return { ok: false, message: t.binary };
  text = text.replace(/^\uFEFF/, "");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      comment: "#",
      comment_no_infix: true,
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
      max_record_size: IMPORT_LIMITS.maxCell * 40,
    }) as unknown as typeof records;
  } catch (e) {
    const line = typeof e === "object" && e && "lines" in e ? Number((e as { lines: number }).lines) : null;
    // The parser's own words for the problem follow, as it gives them (in English).
    return { ok: false, message: `${t.csvUnreadable(line)} ${e instanceof Error ? e.message.split(":")[0] : ""}`.trim() };
  }
  return toRows(
    records.map((r) => ({ line: r.info.lines, cells: r.record })),
    t,
  );
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export async function readXlsx(bytes: Uint8Array, t: ImportIssueTexts = en.admin.import.issues): Promise<ReadResult> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return { ok: false, message: t.notXlsx };
  let unpacked = 0;
  try {
    // Only the sizes the archive declares are read here; nothing is decompressed.
    unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        return false;
      },
    });
  } catch {
    return { ok: false, message: t.damaged };
  }
  if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, message: t.unpacksTooLarge(MAX_UNPACKED_BYTES / 1024 / 1024) };
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Numbers as the text the file stores ("0.9902"), so they pass the same number parsing as typed values.
    sheets = (await readXlsxFile(bytes.slice().buffer, { parseNumber: (s: string) => s })) as { sheet: string; data: unknown[][] }[];
  } catch {
    return { ok: false, message: t.workbookUnreadable };
  }
  const sheet = sheets.find((s) => s.sheet.trim().toLowerCase() === RELEASE_SHEET.toLowerCase()) ?? sheets[0];
  if (!sheet) return { ok: false, message: t.noSheet };
  return toRows(
    sheet.data.map((r, i) => ({ line: i + 1, cells: r.map(cellText) })),
    t,
  );
}

/** Reads an uploaded release into rows of raw cells; a file that cannot be read says why, in one message. */
export async function readReleaseFile(kind: FileKind, bytes: Uint8Array, t: ImportIssueTexts = en.admin.import.issues): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, message: t.fileEmpty };
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) return { ok: false, message: t.fileTooLarge(IMPORT_LIMITS.maxBytes / 1024) };
  return kind === "csv" ? readCsv(bytes, t) : readXlsx(bytes, t);
}
