import { stringify } from "csv-stringify/sync";
import { PRODUCT_NAME } from "../constants";
import { getDictionary } from "../i18n";
import type { ChartSpec } from "../charts/spec";
import { currencyOf, filterValues } from "./texts";

/** Byte-order mark: without it, spreadsheet programs read UTF-8 as a legacy code page and garble ə, ğ, ş, қ, ү. */
export const BOM = "\uFEFF";
const EOL = "\r\n";
/** The start of the metadata line that differs between two exports of the same chart. */
export function exportedPrefix(): string {
  return `# ${getDictionary().export.labels.exported}: `;
}

/** A metadata value on one comment line: line breaks would end the comment and start a bogus record. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").trim();
}

/** ISO timestamp to the second, in UTC: "2025-11-28T10:15:00Z". */
export function exportTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The CSV of exactly the bars a chart plots: "#" comment lines with the title, filters, data date,
 * export time, permalink (the page the chart is on) and the URL of this CSV, then a header row and one row per plotted figure. Quoting is left to
 * csv-stringify (RFC 4180, CRLF); fields that could start a spreadsheet formula are escaped.
 * Read it back with csv-parse `{ bom: true, comment: "#", comment_no_infix: true, columns: true }`.
 */
export function buildCsv(spec: ChartSpec, meta: { exportedAt: Date; permalink: string; csvUrl: string }): string {
  const t = getDictionary();
  const c = t.export.csv;
  const l = t.export.labels;
  const currency = currencyOf(spec.unit);
  const comments = [
    `# ${l.title}: ${oneLine(spec.title)}`,
    `# ${l.unit}: ${oneLine(spec.unit)}`,
    ...(currency ? [`# ${l.currency}: ${currency}`] : []),
    `# ${l.filters}: ${oneLine(filterValues(spec))}`,
    `# ${l.dataAsOf}: ${spec.dataAsOf ?? "-"} (${t.export.dataAsOfNote})`,
    `${exportedPrefix()}${exportTimestamp(meta.exportedAt)}`,
    `# ${l.permalink}: ${oneLine(meta.permalink)}`,
    `# ${l.csvUrl}: ${oneLine(meta.csvUrl)}`,
    `# ${l.product}: ${PRODUCT_NAME}`,
  ];
  const col = c.columns;
  const body = stringify(
    spec.points.map((p) => [
      p.indicator,
      p.period,
      p.value,
      c.qualifier[p.qualifier],
      p.unit,
      t.status[p.status],
      t.reporter[p.reporter],
      p.source.title,
      p.source.url,
      p.source.publisher,
      p.source.publishedOn ?? "",
      p.periodStart,
      p.periodEnd,
      p.confidence,
      p.key,
      p.indicatorSlug,
    ]),
    {
      header: true,
      columns: [
        col.indicator,
        col.period,
        col.value,
        col.qualifier,
        col.unit,
        col.status,
        col.reporter,
        col.sourceTitle,
        col.sourceUrl,
        col.sourcePublisher,
        col.sourceDate,
        col.periodStart,
        col.periodEnd,
        col.confidence,
        col.observationId,
        col.indicatorId,
      ],
      record_delimiter: "windows",
      escape_formulas: true,
      // A "#" at the start of a field would read as a comment to parsers configured for the metadata lines.
      quoted_match: "#",
    },
  );
  return BOM + comments.join(EOL) + EOL + body;
}

/** The CSV without its export-time line, to compare two exports of the same chart. */
export function withoutTimestamp(csv: string): string {
  const prefix = exportedPrefix();
  return csv
    .split(EOL)
    .filter((line) => !line.startsWith(prefix))
    .join(EOL);
}
