import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { IMPORT_COLUMNS, IMPORT_LIMITS, type ColumnId, type RawImportRow } from "./columns";
import type { FileKind } from "./file-kind";

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
function mapHeader(header: string[]): { ok: true; ids: (ColumnId | null)[] } | { ok: false; message: string } {
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
    unknown.length ? `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.map((u) => `"${u}"`).join(", ")}. Use the template's headers.` : "",
    duplicate.length ? `Column${duplicate.length > 1 ? "s" : ""} given twice: ${duplicate.join(", ")}.` : "",
    missing.length ? `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.` : "",
  ].filter(Boolean);
  return problems.length ? { ok: false, message: problems.join(" ") } : { ok: true, ids };
}

function toRows(table: { line: number; cells: string[] }[]): ReadResult {
  const headerAt = table.findIndex((r) => r.cells.some((c) => c.trim() !== ""));
  if (headerAt === -1) return { ok: false, message: "The file is empty: it needs a header row and at least one row of figures." };
  const header = mapHeader(table[headerAt]!.cells);
  if (!header.ok) return header;
  const rows: RawImportRow[] = [];
  for (const r of table.slice(headerAt + 1)) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    if (r.cells.length > header.ids.length && r.cells.slice(header.ids.length).some((c) => c.trim() !== "")) return { ok: false, message: `Row ${r.line} has more cells than the header has columns.` };
    if (rows.length === IMPORT_LIMITS.maxRows) return { ok: false, message: `The file has more than ${IMPORT_LIMITS.maxRows} rows of figures: split it into several files.` };
    const cells: RawImportRow["cells"] = {};
    header.ids.forEach((id, i) => {
      if (id && r.cells[i] !== undefined && r.cells[i] !== "") cells[id] = r.cells[i];
    });
    rows.push({ line: r.line, cells });
  }
  if (rows.length === 0) return { ok: false, message: "The file has a header but no rows of figures." };
  return { ok: true, rows };
}

/** Comma, semicolon (spreadsheets set to a decimal-comma locale save with it) or tab: whichever splits the header line most. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const count = (d: string) => first.split(d).length - 1;
  return [",", ";", "\t"].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

export function readCsv(bytes: Uint8Array): ReadResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'The file is not UTF-8 text. Save it as "CSV UTF-8" or upload the .xlsx file.' };
  }
  if (text.includes("\u0000")) return { ok: false, message: "The file contains binary data; it is not a CSV file." };
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
    const where = typeof e === "object" && e && "lines" in e ? ` (near line ${String((e as { lines: number }).lines)})` : "";
    return { ok: false, message: `The CSV cannot be read${where}: check its quotes. ${e instanceof Error ? e.message.split(":")[0] : ""}`.trim() };
  }
  return toRows(records.map((r) => ({ line: r.info.lines, cells: r.record })));
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return { ok: false, message: "The file is not an Excel workbook (.xlsx). Save it as .xlsx or CSV." };
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
    return { ok: false, message: "The workbook is damaged and cannot be read." };
  }
  if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, message: "The workbook unpacks to more than 20 MB; upload a smaller file." };
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Numbers as the text the file stores ("0.9902"), so they pass the same number parsing as typed values.
    sheets = (await readXlsxFile(bytes.slice().buffer, { parseNumber: (s: string) => s })) as { sheet: string; data: unknown[][] }[];
  } catch {
    return { ok: false, message: "The workbook cannot be read. Save it again from your spreadsheet program as .xlsx." };
  }
  const sheet = sheets.find((s) => s.sheet.trim().toLowerCase() === RELEASE_SHEET.toLowerCase()) ?? sheets[0];
  if (!sheet) return { ok: false, message: "The workbook has no sheet." };
  return toRows(sheet.data.map((r, i) => ({ line: i + 1, cells: r.map(cellText) })));
}

/** Reads an uploaded release into rows of raw cells; a file that cannot be read says why, in one message. */
export async function readReleaseFile(kind: FileKind, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty." };
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) return { ok: false, message: `The file is larger than ${IMPORT_LIMITS.maxBytes / 1024} KB: split it into several files.` };
  return kind === "csv" ? readCsv(bytes) : readXlsx(bytes);
}
