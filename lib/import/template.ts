import { stringify } from "csv-stringify/sync";
import { IMPORT_COLUMNS, templateGuide } from "./columns";

export type TemplateIndicator = { name: string; slug: string; unit: string };
/** A figure written into a downloaded file, by column id, so the editor edits the current values. */
export type TemplateRow = Partial<Record<(typeof IMPORT_COLUMNS)[number]["id"], string | number>>;

export const TEMPLATE_HEADERS = IMPORT_COLUMNS.map((c) => c.header);

/**
 * The CSV template: the guide as "#" comment lines (the import skips them), then the header row
 * and any current figures. UTF-8 with a byte-order mark so spreadsheet programs keep ə, қ, ü.
 */
export function templateCsv(indicators: TemplateIndicator[], rows: TemplateRow[] = []): string {
  const guide = templateGuide(indicators)
    .map((r) => `# ${r.filter(Boolean).join(" | ")}`.trimEnd())
    .map((l) => (l === "#" ? "#" : l.replace(/[\r\n]+/g, " ")));
  const body = stringify([TEMPLATE_HEADERS, ...rows.map((r) => IMPORT_COLUMNS.map((c) => r[c.id] ?? ""))], { record_delimiter: "\r\n" });
  return `\uFEFF${guide.join("\r\n")}\r\n${body}`;
}

/** The workbook's two sheets as rows of text: "Release" (header and figures) and "Allowed values" (the guide). */
export function templateSheets(indicators: TemplateIndicator[], rows: TemplateRow[] = []): { release: string[][]; guide: string[][] } {
  return {
    release: [TEMPLATE_HEADERS, ...rows.map((r) => IMPORT_COLUMNS.map((c) => (r[c.id] === undefined ? "" : String(r[c.id]))))],
    guide: templateGuide(indicators),
  };
}
