import type { BriefingData } from "../../db/queries/briefing";
import type { Reporter } from "../constants";
import { markedDocuments, panelChart, type ChartSpec } from "../charts/spec";
import { periodText } from "../export/texts";
import { formatDate, formatQuantity } from "../format";
import { getDictionary } from "../i18n";
import { briefingText } from "../i18n/server-texts";
import { filtersToQuery } from "../search-params";
import { createFootnotes, type Footnote } from "./footnotes";
import { localHref, localViewHref } from "../i18n/request-locale";

/**
 * The briefing as text, numbers and charts, resolved once: the HTML page and the PDF both draw this
 * object, so they say the same thing with the same footnote numbers. Footnotes are numbered in
 * reading order: headline figures, documents, overdue items, charts.
 */

export interface BriefingCell {
  value: string;
  period: string;
  status: string;
  note: number;
}

export interface BriefingLine {
  text: string;
  /** Footnote numbers of the sources this line rests on. */
  notes: number[];
}

export interface BriefingChart {
  spec: ChartSpec;
  heading: string;
  notes: number[];
}

export interface BriefingView {
  title: string;
  scope: string;
  prepared: string;
  /** Site-relative URLs: this view's page and its PDF. */
  pageHref: string;
  pdfHref: string;
  headlines: { heading: string; lead: string; columns: string[]; rows: { label: string; unit: string; cells: (BriefingCell | null)[] }[] };
  documents: { heading: string; lines: BriefingLine[] };
  /** Grouped by project, in date order within each. */
  overdue: { heading: string; lead: string; groups: { project: string; items: BriefingLine[] }[]; none: string };
  charts: { heading: string; items: BriefingChart[]; none: string };
  footnotes: { heading: string; items: (Footnote & { line: string })[] };
}

const SIDES: Reporter[] = ["az", "kz", "other"];

export function buildBriefingView(data: BriefingData): BriefingView {
  const t = getDictionary();
  const b = briefingText;
  const notes = createFootnotes();
  const { filters } = data;
  const rangeQuery = filtersToQuery({ from: filters.from, to: filters.to });

  const rows = data.headlines.map((row) => ({
    label: `${row.indicatorName}, ${b.rowKind[row.spec.kind]}`,
    unit: row.unit,
    cells: SIDES.map((side): BriefingCell | null => {
      const f = row.sides[side];
      if (!f) return null;
      return { value: formatQuantity(f.value, f.unit, f.qualifier), period: f.periodLabel, status: t.status[f.status], note: notes.cite(f.source) };
    }),
  }));

  const uniq = (ns: number[]) => [...new Set(ns)];
  const pkg = data.pkg;
  const docLines: BriefingLine[] = [];
  if (pkg) {
    docLines.push({ text: b.documentsCount(pkg.reportedCount, pkg.documentCount, pkg.identifiedCount), notes: pkg.countSource ? [notes.cite(pkg.countSource)] : [] });
    if (filters.sector !== "all") docLines.push({ text: pkg.documents.length ? b.documentsOfSector(pkg.documents.length) : b.documentsNone, notes: [] });
    for (const d of pkg.documents.filter((d) => d.identification === "identified")) {
      const status = d.status ? t.documents.status[d.status] : t.documents.fields.unknown;
      docLines.push({ text: `${d.title ?? t.documents.unnamed} — ${status}`, notes: d.source ? [notes.cite(d.source)] : [] });
    }
    const bySector = pkg.documents.filter((d) => d.identification === "sector_reported");
    if (bySector.length) {
      const names = bySector.map((d) => d.sectors.map((s) => s.name).join("/") || t.documents.noSectorsReported).join(", ");
      docLines.push({ text: b.sectorReported(names), notes: uniq(bySector.flatMap((d) => (d.source ? [notes.cite(d.source)] : []))) });
    }
    const unknown = pkg.documents.filter((d) => d.identification === "unidentified");
    if (unknown.length) docLines.push({ text: b.unidentified(unknown.length), notes: uniq(unknown.flatMap((d) => (d.source ? [notes.cite(d.source)] : []))) });
  }

  const groups = new Map<string, BriefingLine[]>();
  for (const { project, milestone: m } of data.overdue) {
    const status = t.milestoneStatus[m.status];
    const line = { text: t.panels.milestoneDue(`${status.charAt(0).toUpperCase()}${status.slice(1)}`, m.dateLabel, m.title), notes: [notes.cite(m.source)] };
    groups.set(project, [...(groups.get(project) ?? []), line]);
  }
  const checkedTo = data.overdue[0]?.milestone.overdue.checkedTo ?? data.freshness.dataAsOf;

  const charts = data.panels
    .filter((p) => p.figures.length > 0)
    .map((panel): BriefingChart => {
      const spec = panelChart({
        sector: panel.sector,
        figures: panel.figures,
        gaps: panel.gaps,
        seriesBy: panel.spec.seriesBy,
        filters,
        documents: markedDocuments(panel.documents),
        hrefFor: (f) => localHref(`/indicators/${f.indicatorSlug}${rangeQuery}`),
      });
      return { spec, heading: `${panel.sector.name}: ${spec.title} (${spec.unit})`, notes: [...new Set(spec.points.map((p) => notes.cite(p.source)))] };
    });

  const pageHref = localViewHref("briefing", "/briefing", filters);
  return {
    title: b.heading,
    scope: b.scope(data.sectorName ?? b.allSectors, periodText(filters)),
    prepared: b.prepared(formatDate(data.today), formatDate(data.freshness.dataAsOf)),
    pageHref,
    pdfHref: localViewHref("briefingPdf", "/briefing.pdf", filters),
    headlines: { heading: b.headlines, lead: b.headlinesLead, columns: [b.indicator, ...SIDES.map((s) => t.reporter[s])], rows },
    documents: { heading: b.documents, lines: docLines },
    overdue: { heading: b.overdue, lead: b.overdueLead(formatDate(checkedTo)), groups: [...groups].map(([project, items]) => ({ project, items })), none: b.overdueNone },
    charts: { heading: b.charts, items: charts, none: b.noFigures },
    footnotes: { heading: b.footnotes, items: notes.list().map((n) => ({ ...n, line: b.footnoteLine(n.title, n.publisher, formatDate(n.publishedOn)) })) },
  };
}
