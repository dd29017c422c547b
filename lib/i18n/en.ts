/**
 * Every piece of interface text, in English. Components read text only through
 * `getDictionary()`, so Azerbaijani, Kazakh and Russian can be added as sibling files.
 * Figures never live here: they come from the database.
 */
export const en = {
  meta: {
    title: "Azerbaijan–Kazakhstan Cooperation Monitor",
    description:
      "Sourced figures on trade, investment, energy, transport and digital cooperation between Azerbaijan and Kazakhstan, around the 15 documents signed in Astana on 21 October 2025.",
  },
  nav: {
    skipToContent: "Skip to content",
    overview: "Overview",
    productShort: "AZ–KZ Monitor",
  },
  overview: {
    heading: "Azerbaijan–Kazakhstan economic cooperation",
    lead: "Every figure below carries its period, its status and a link to its source. Azerbaijani and Kazakh statistics often disagree; where they do, both are shown and labelled.",
    headlinesHeading: "Headline figures",
    panelsHeading: "By sector",
  },
  cards: {
    trade: "Trade turnover",
    tradeGrowth: "vs same period a year earlier",
    tradeLatest: "Latest",
    target: "Progress toward the 1 bn USD target",
    targetSet: "Target",
    progressOf: "of target",
    derivedNote: "Derived: our arithmetic on the sourced figures above, not a published figure.",
    oil: "Kazakh oil via Baku–Tbilisi–Ceyhan",
    investment: "Investment stocks",
    azInKz: "Azerbaijani in Kazakhstan",
    kzInAz: "Kazakh in Azerbaijan",
    companies: "Companies with the other side's capital",
    azCompaniesInKz: "Azerbaijani-capital companies in Kazakhstan",
    kzCompaniesInAz: "Kazakh-capital companies in Azerbaijan",
    gec: "Green Energy Corridor",
    lastMilestone: "Last milestone",
    nextMilestone: "Next",
    otherReports: (n: number) => `${n} other report${n === 1 ? "" : "s"} differ; see the sources.`,
  },
  panels: {
    figures: "Figures in this chart",
    figuresSummary: (n: number, gaps: number) =>
      `All ${n} figure${n === 1 ? "" : "s"} in this chart, with period, status and source${gaps ? ` (and ${gaps} period${gaps === 1 ? "" : "s"} not published)` : ""}`,
    earlierMilestones: (n: number) => `${n} earlier milestone${n === 1 ? "" : "s"}`,
    tableCaption: (title: string) => `${title}: data table`,
    milestones: "Milestones",
    notPublished: "not published",
    noData: "No figures recorded yet.",
    caveat: "Note",
  },
  figure: {
    source: "Source",
    status: "Status",
    period: "Period",
    reporter: "Reported by",
    confidence: "Confidence",
    value: "Value",
  },
  status: {
    actual: "actual",
    preliminary: "preliminary",
    estimate: "estimate",
    forecast: "forecast",
    target: "target",
    plan: "plan",
  },
  milestoneStatus: { actual: "done", plan: "planned", forecast: "expected" },
  reporter: {
    az: "Azerbaijani side",
    kz: "Kazakh side",
    other: "Joint or other",
  },
  reporterShort: { az: "AZ-side", kz: "KZ-side", other: "Joint/other" },
  projectStatus: {
    proposed: "proposed",
    planned: "planned",
    in_preparation: "in preparation",
    under_construction: "under construction",
    operational: "operational",
    suspended: "suspended",
  },
  footer: {
    about:
      "Figures are transcribed from a sourced fact sheet compiled from official statements quoted by news agencies. Re-check key series against the primary databases before citing.",
    unknown: "Where no figure was found, the page says so instead of estimating.",
  },
  errors: {
    title: "This page could not be loaded",
    body: "The data could not be read. Nothing was changed. Try again in a moment.",
    retry: "Try again",
    notFoundTitle: "Page not found",
    notFoundBody: "There is no page at this address.",
    backHome: "Back to the overview",
  },
} as const;

export type Dictionary = typeof en;
