import { stringify } from "csv-stringify/sync";
import { getDictionary } from "../i18n";
import type { ChartSpec, PlottedFigure } from "../charts/spec";
import type { Figure } from "../figures";
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
    `# ${l.product}: ${t.meta.title}`,
  ];
  return BOM + comments.join(EOL) + EOL + figureRows(spec.points);
}

type CsvPoint = Pick<PlottedFigure, "indicator" | "period" | "value" | "qualifier" | "unit" | "status" | "reporter" | "source" | "periodStart" | "periodEnd" | "confidence" | "key" | "indicatorSlug">;

/** The header and one row per figure, shared by the chart CSV and the full list of an indicator's figures. */
function figureRows(points: CsvPoint[]): string {
  const t = getDictionary();
  const c = t.export.csv;
  const col = c.columns;
  return stringify(
    points.map((p) => [
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
}

/**
 * Every figure of one indicator (not only those a chart draws), for the indicator page's "all figures"
 * link: the same columns as the chart CSV, with its title, the page and this file's URL on "#" lines.
 */
export function buildFiguresCsv(input: { title: string; unit: string; figures: Figure[]; exportedAt: Date; permalink: string; csvUrl: string }): string {
  const t = getDictionary();
  const l = t.export.labels;
  const comments = [
    `# ${l.title}: ${oneLine(input.title)}`,
    `# ${l.unit}: ${oneLine(input.unit)}`,
    `${exportedPrefix()}${exportTimestamp(input.exportedAt)}`,
    `# ${l.permalink}: ${oneLine(input.permalink)}`,
    `# ${l.csvUrl}: ${oneLine(input.csvUrl)}`,
    `# ${l.product}: ${t.meta.title}`,
  ];
  const points = input.figures.map((f) => ({ ...f, indicator: f.indicatorName, period: f.periodLabel }));
  return BOM + comments.join(EOL) + EOL + figureRows(points);
}

/** The CSV without its export-time line, to compare two exports of the same chart. */
export function withoutTimestamp(csv: string): string {
  const prefix = exportedPrefix();
  return csv
    .split(EOL)
    .filter((line) => !line.startsWith(prefix))
    .join(EOL);
}
