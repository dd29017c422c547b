import type { Widen } from "./types";
/**
 * Interface text of the briefing (page and PDF). Read only by server code, so it stays out of the
 * dictionary that client bundles carry (the first-load JavaScript budget of "/").
 */
export const briefingText = {
  pageTitle: "Briefing",
  link: "Briefing for print (one page, with footnotes)",
  heading: "Briefing: Azerbaijan–Kazakhstan economic cooperation",
  scope: (sector: string, period: string) => `${sector} · ${period}`,
  allSectors: "All sectors",
  prepared: (today: string, dataAsOf: string) => `Prepared ${today} · data as of ${dataAsOf}`,
  pdf: "Download PDF",
  pdfLabel: "Download this briefing as a PDF (A4)",
  onScreen: "Every figure has a numbered footnote to its source; the list is at the end. Designed for printing on A4.",
  headlines: "Headline figures",
  headlinesLead: "Each side's own figure, as published: the Azerbaijani and Kazakh series are never merged.",
  indicator: "Indicator",
  notPublished: "not published",
  rowKind: { fullYear: "latest full year", partYear: "latest part year", stock: "latest stock", target: "target set" },
  documents: "The 21 October 2025 documents",
  documentsCount: (reported: number | null, recorded: number, identified: number) =>
    `${reported ?? recorded} documents signed${reported !== null && reported !== recorded ? ` (${recorded} recorded)` : ""}; ${identified} identified by title`,
  documentsOfSector: (n: number) => `${n} of them concern this sector`,
  documentsNone: "None of them is reported to concern this sector.",
  sectorReported: (sectors: string) => `Reported by sector only, title not published: ${sectors}`,
  unidentified: (n: number) => `${n} known only from the count`,
  overdue: "Overdue",
  overdueLead: (checkedTo: string) => `Plans and expectations whose date has passed: no report of completion found in the sources, checked to ${checkedTo}.`,
  overdueNone: "Nothing overdue for this sector and period.",
  charts: "Key charts",
  chartSources: "Sources",
  footnotes: "Sources",
  footnoteLine: (title: string, publisher: string, date: string) => `${title}. ${publisher}, ${date}.`,
  noFigures: "No figures recorded for this sector and period.",
};

export type BriefingText = Widen<typeof briefingText>;
