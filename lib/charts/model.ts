import { scaleLinear } from "d3-scale";
import { CONFIDENCE_LEVELS, REPORTERS, type ObservationStatus, type Reporter } from "../constants";
import type { Figure, Gap } from "../figures";
import { formatDate, formatQuantity, formatValue, shortUnit, unitName } from "../format";
import { getDictionary } from "../i18n";
import { INDICATOR_COLOURS, REPORTER_COLOUR, type ChartColour } from "./theme";

/**
 * The chart model: what one chart shows, decided once from the sourced figures and drawn by
 * components/charts/chart-svg.tsx on the page, in the exported files and (through the same
 * domain, ticks and colours) by the interactive view. Plain data, safe to serialise.
 *
 * The rules that keep a chart honest live here:
 * - annual series sit on a real year axis; a year without a figure is a visible slot, marked
 *   "not published" where a gap is recorded and "no figure found" otherwise;
 * - part-year figures are never bars of the annual series: the latest one is compared with the
 *   same months a year earlier in a separate, labelled section;
 * - figures dated "as of" a day are placed on a time axis by that date;
 * - plans and targets are reference marks, not bars;
 * - one series is one reporting side; where two figures fall on one slot of one series the
 *   latest published is drawn (then the more confident) and the mark says another exists;
 * - a point whose publisher differs from the rest of its series gets a footnote;
 * - a chart without a year axis draws the latest MAX_BANDS bands or MAX_DATES dates, never thousands of marks.
 */

/** columns: bars over a year axis; lines: the same axis for a long series; hbars: labelled categories; dots: a time axis. */
export type ChartKind = "columns" | "lines" | "hbars" | "dots";
export type MarkShape = "circle" | "square" | "triangle";

export interface ChartSeries {
  key: string;
  label: string;
  colour: ChartColour;
}

export interface ChartSlot {
  key: string;
  label: string;
  /** "year": a calendar year of the annual axis; "partial": the part-year comparison; "band": one figure of a category chart. */
  section: "year" | "partial" | "band";
  year: number;
}

export interface Tip {
  heading: string;
  value: string;
  lines: string[];
}

export interface ChartMark {
  id: string;
  figureId: number;
  series: string;
  /** Slot key (columns, hbars). */
  slot?: string;
  /** UTC milliseconds (dots). */
  at?: number;
  value: number;
  /** The value as published: "~680", ">900". */
  label: string;
  status: ObservationStatus;
  statusLabel: string;
  lowConfidence: boolean;
  /** Plans and targets: drawn as reference marks, not as bars. */
  reference: boolean;
  /** Other figures for the same slot and series that the chart does not draw. */
  alternatives: number;
  /** Footnote letter when the publisher differs from the rest of the series. */
  footnote?: string;
  shape: MarkShape;
  href?: string;
  tip: Tip;
}

export interface ChartGapMark {
  id: string;
  series: string;
  slot: string;
  /** True where the fact sheet records the period as not published; false where no figure was found. */
  recorded: boolean;
  tip: Tip;
}

export interface ChartMarker {
  id: string;
  slot?: string;
  at?: number;
  label: string;
  title: string;
  tip: Tip;
}

export type LegendItem =
  | { kind: "series"; label: string; colour: ChartColour }
  | { kind: "shape"; label: string; shape: MarkShape }
  | { kind: "status"; label: string; status: ObservationStatus }
  | { kind: "low" | "alternative" | "gap-recorded" | "gap-none" | "marker"; label: string };

export interface ChartModel {
  id: string;
  kind: ChartKind;
  title: string;
  unit: string;
  axisUnit: string;
  series: ChartSeries[];
  slots: ChartSlot[];
  marks: ChartMark[];
  gaps: ChartGapMark[];
  /** The value axis, computed once (d3-scale) and used by every view of the chart. */
  value: { domain: [number, number]; ticks: number[]; decimals: number };
  /** The time axis of a dots chart (UTC milliseconds). */
  time?: { domain: [number, number]; ticks: { at: number; label: string }[] };
  partialHeading?: string;
  markers: ChartMarker[];
  legend: LegendItem[];
  footnotes: { letter: string; text: string }[];
  /** Accessible name of the chart. */
  description: string;
  /** Figures behind the chart that it does not draw (other period types, alternatives); the table lists them. */
  notDrawn: number;
}

export interface ChartInput {
  /** A stable, page-unique id for the chart's SVG definitions. */
  id: string;
  title: string;
  unit: string;
  figures: Figure[];
  gaps?: Gap[];
  /** "indicator" for a chart of several indicators (colour per indicator, shape per reporting side). */
  seriesBy?: "reporter" | "indicator";
  /** The page a mark opens (its indicator), if any. */
  hrefFor?: (f: Figure) => string | undefined;
  /** Dated documents to mark (◆), titles resolved. */
  documents?: { slug: string; title: string; signedOn: string }[];
  /** Today, for telling a finished year from the year in progress (tests pass a fixed date). */
  today?: Date;
  /** Draw only the latest this many years of the year axis (the earlier figures are counted as not drawn). */
  recentYears?: number;
}

/**
 * Charts without a year axis draw at most this many bands (hbars) or dates (dots): the latest ones.
 * Ten years of monthly figures would otherwise be 120 bars too thin to read; the figures not drawn
 * are counted (notDrawn) and listed in the table, and no sum of months is ever drawn as a year.
 */
export const MAX_BANDS = 24;
export const MAX_DATES = 60;
/** A year axis longer than this is drawn as lines rather than bars. */
const LINE_AFTER_YEARS = 16;
const OUTTURN: ObservationStatus[] = ["actual", "preliminary", "estimate"];
const REFERENCE: ObservationStatus[] = ["plan", "target"];
const PARTIAL_TYPES = new Set<Figure["periodType"]>(["year_to_date", "half_year", "month"]);
const DATED_TYPES = new Set<Figure["periodType"]>(["as_of", "cumulative"]);
const SHAPE: Record<Reporter, MarkShape> = { az: "circle", kz: "square", other: "triangle" };

const year = (iso: string) => Number(iso.slice(0, 4));
const confidenceRank = (f: Figure) => CONFIDENCE_LEVELS.length - CONFIDENCE_LEVELS.indexOf(f.confidence);
const isLowConfidence = (f: Figure) => f.confidence === "low" || f.confidence === "low-medium";

/** The body a figure comes from: the originator where the source names one, else the outlet. */
export function publisherOf(f: Pick<Figure, "source">): string {
  return f.source.originator ?? f.source.publisher;
}

/** The stated rule for two figures on one slot of one series: an outturn before a forecast, then the latest published, then the most confident, then the later record. */
export function preferred(a: Figure, b: Figure): Figure {
  // An outturn is never displaced by a forecast of the same period.
  if ((a.status === "forecast") !== (b.status === "forecast")) return a.status === "forecast" ? b : a;
  const pa = a.source.publishedOn ?? "";
  const pb = b.source.publishedOn ?? "";
  if (pa !== pb) return pa > pb ? a : b;
  if (confidenceRank(a) !== confidenceRank(b)) return confidenceRank(a) > confidenceRank(b) ? a : b;
  return a.id > b.id ? a : b;
}

function utc(iso: string): number {
  const [y, m = "01", d = "01"] = iso.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** The same months one year earlier: "Jan–Oct 2025" → "Jan–Oct 2024". */
function yearEarlier(f: Figure): { start: string; endMonth: string; label: string } {
  const y = year(f.periodStart);
  return { start: `${y - 1}${f.periodStart.slice(4)}`, endMonth: `${y - 1}${f.periodEnd.slice(4, 7)}`, label: f.periodLabel.replace(String(y), String(y - 1)) };
}

function chooseKind(figures: Figure[]): { kind: ChartKind; partial: Figure | null } {
  const annual = figures.filter((f) => f.periodType === "year");
  const outturnYears = annual.filter((f) => OUTTURN.includes(f.status)).map((f) => year(f.periodEnd));
  const lastOutturn = outturnYears.length ? Math.max(...outturnYears) : -Infinity;
  const partials = figures.filter((f) => PARTIAL_TYPES.has(f.periodType) && year(f.periodStart) === year(f.periodEnd) && year(f.periodEnd) > lastOutturn);
  const latestPartial = partials.reduce<Figure | null>((best, f) => {
    if (!best) return f;
    if (f.periodEnd !== best.periodEnd) return f.periodEnd > best.periodEnd ? f : best;
    return f.periodStart < best.periodStart ? f : best;
  }, null);
  const annualYears = new Set(annual.map((f) => year(f.periodEnd)));
  if (annualYears.size >= 2 || (annualYears.size >= 1 && latestPartial && outturnYears.length)) return { kind: "columns", partial: latestPartial };
  if (figures.length >= 2 && figures.every((f) => DATED_TYPES.has(f.periodType))) return { kind: "dots", partial: null };
  return { kind: "hbars", partial: null };
}

export function buildChartModel(input: ChartInput): ChartModel {
  const t = getDictionary();
  const c = t.chart;
  const figures = [...input.figures].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart) || a.id - b.id);
  const gaps = input.gaps ?? [];
  const seriesBy = input.seriesBy ?? "reporter";
  const { kind, partial } = chooseKind(figures);

  const indicatorOrder = [...new Set(figures.map((f) => f.indicatorSlug))];
  const seriesKey = (f: { reporter: Reporter; indicatorSlug: string }) => (seriesBy === "indicator" ? f.indicatorSlug : f.reporter);
  const seriesMap = new Map<string, ChartSeries>();
  const addSeries = (f: Figure) => {
    const key = seriesKey(f);
    if (seriesMap.has(key)) return;
    seriesMap.set(
      key,
      seriesBy === "indicator"
        ? { key, label: f.indicatorName, colour: INDICATOR_COLOURS[indicatorOrder.indexOf(f.indicatorSlug) % INDICATOR_COLOURS.length] ?? "single" }
        : { key, label: t.reporter[f.reporter], colour: REPORTER_COLOUR[f.reporter] },
    );
  };

  const tipFor = (f: Figure, heading: string): Tip => ({
    heading,
    value: formatQuantity(f.value, f.unit, f.qualifier),
    lines: [
      `${f.periodLabel} · ${t.status[f.status]} · ${t.reporterShort[f.reporter]}`,
      `${t.figure.source}: ${publisherOf(f)}${f.source.originator ? ` (${f.source.publisher})` : ""}, ${formatDate(f.source.publishedOn)}`,
      ...(isLowConfidence(f) ? [c.lowConfidenceTip(t.confidence[f.confidence])] : []),
    ],
  });

  const slots: ChartSlot[] = [];
  const marks: ChartMark[] = [];
  const gapMarks: ChartGapMark[] = [];
  const drawnIds = new Set<number>();

  const markOf = (f: Figure, where: { slot?: string; at?: number }, heading: string, alternatives: number): ChartMark => {
    addSeries(f);
    drawnIds.add(f.id);
    const tip = tipFor(f, heading);
    return {
      id: `m${marks.length}`,
      figureId: f.id,
      series: seriesKey(f),
      ...where,
      value: f.value,
      label: formatValue(f.value, f.qualifier),
      status: f.status,
      statusLabel: t.status[f.status],
      lowConfidence: isLowConfidence(f),
      reference: REFERENCE.includes(f.status),
      alternatives,
      shape: seriesBy === "indicator" ? SHAPE[f.reporter] : "circle",
      href: input.hrefFor?.(f),
      tip: alternatives ? { ...tip, lines: [...tip.lines, c.alternativeTip(alternatives)] } : tip,
    };
  };

  /** Draws one figure per series and slot (the preferred one) and counts the rest. */
  const placeGroup = (group: Figure[], where: { slot?: string; at?: number }, heading: (f: Figure) => string) => {
    const bySeries = new Map<string, Figure[]>();
    for (const f of group) {
      const k = `${seriesKey(f)}|${REFERENCE.includes(f.status) ? "ref" : "val"}`;
      bySeries.set(k, [...(bySeries.get(k) ?? []), f]);
    }
    const order = (f: Figure) => (seriesBy === "reporter" ? REPORTERS.indexOf(f.reporter) : indicatorOrder.indexOf(f.indicatorSlug));
    for (const list of [...bySeries.values()].sort((a, b) => order(a[0]!) - order(b[0]!))) {
      const chosen = list.reduce(preferred);
      marks.push(markOf(chosen, where, heading(chosen), list.length - 1));
    }
  };

  if (kind === "columns") {
    const annual = figures.filter((f) => f.periodType === "year");
    for (const f of annual) addSeries(f);
    const annualGaps = gaps.filter((g) => /^\d{4}$/.test(g.periodLabel));
    // A part year extends the year axis only once that year is over: a year in progress has no full-year figure yet.
    const partialYear = partial && year(partial.periodEnd) < (input.today ?? new Date()).getUTCFullYear() ? [year(partial.periodEnd)] : [];
    const years = [...annual.map((f) => year(f.periodEnd)), ...annualGaps.map((g) => year(g.periodEnd)), ...partialYear];
    const last = Math.max(...years);
    const first = Math.max(Math.min(...years), input.recentYears ? last - input.recentYears + 1 : -Infinity);
    const annualSeries = [...new Set(annual.map(seriesKey))];
    for (let y = first; y <= last; y++) {
      const key = `y${y}`;
      slots.push({ key, label: String(y), section: "year", year: y });
      const inYear = annual.filter((f) => year(f.periodEnd) === y);
      placeGroup(inYear, { slot: key }, (f) => `${seriesMap.get(seriesKey(f))?.label ?? ""}, ${y}`);
      for (const s of annualSeries) {
        if (inYear.some((f) => seriesKey(f) === s && !REFERENCE.includes(f.status))) continue;
        const recorded = annualGaps.find((g) => year(g.periodEnd) === y && seriesKey({ reporter: g.reporter, indicatorSlug: g.indicatorSlug }) === s);
        gapMarks.push(gapOf(`g${gapMarks.length}`, s, key, String(y), recorded));
      }
    }
    if (partial) {
      const prior = yearEarlier(partial);
      const samePeriod = (f: Figure) => f.periodStart === partial.periodStart && f.periodEnd === partial.periodEnd;
      const priorPeriod = (f: Figure) => f.periodStart === prior.start && f.periodEnd.slice(0, 7) === prior.endMonth;
      const current = figures.filter(samePeriod);
      const before = figures.filter(priorPeriod);
      const partialSeries = [...new Set([...current, ...before].map(seriesKey))];
      const sections: [string, string, Figure[]][] = [
        ["p0", before[0]?.periodLabel ?? prior.label, before],
        ["p1", partial.periodLabel, current],
      ];
      for (const [key, label, group] of sections) {
        slots.push({ key, label, section: "partial", year: year(partial.periodEnd) - (key === "p0" ? 1 : 0) });
        placeGroup(group, { slot: key }, (f) => `${seriesMap.get(seriesKey(f))?.label ?? ""}, ${label}`);
        for (const s of partialSeries) {
          if (group.some((f) => seriesKey(f) === s)) continue;
          const recorded = gaps.find((g) => g.periodLabel === label && seriesKey({ reporter: g.reporter, indicatorSlug: g.indicatorSlug }) === s);
          gapMarks.push(gapOf(`g${gapMarks.length}`, s, key, label, recorded));
        }
      }
    }
  } else if (kind === "dots") {
    const byDate = new Map<number, Figure[]>();
    for (const f of figures) byDate.set(utc(f.periodEnd), [...(byDate.get(utc(f.periodEnd)) ?? []), f]);
    for (const [at, group] of [...byDate].slice(-MAX_DATES)) placeGroup(group, { at }, (f) => `${seriesMap.get(seriesKey(f))?.label ?? ""}, ${f.periodLabel}`);
  } else {
    const labelCount = new Map<string, number>();
    const bandLabel = (f: Figure) => (seriesBy === "indicator" ? `${f.indicatorName} · ${f.periodLabel}` : f.periodLabel);
    const banded = figures.slice(-MAX_BANDS);
    for (const f of banded) labelCount.set(bandLabel(f), (labelCount.get(bandLabel(f)) ?? 0) + 1);
    banded.forEach((f, i) => {
      const key = `b${i}`;
      const label = (labelCount.get(bandLabel(f)) ?? 0) > 1 ? `${bandLabel(f)} (${f.source.publisher})` : bandLabel(f);
      slots.push({ key, label, section: "band", year: year(f.periodEnd) });
      marks.push(markOf(f, { slot: key }, `${t.reporterShort[f.reporter]}, ${label}`, 0));
    });
  }

  // More years than bars can show legibly: the same year axis, drawn as lines.
  const kindDrawn: ChartKind = kind === "columns" && slots.filter((x) => x.section === "year").length > LINE_AFTER_YEARS ? "lines" : kind;

  // Footnotes: within a series, a point whose publisher is not the series' usual one.
  const footnotes: { letter: string; text: string }[] = [];
  const figById = new Map(figures.map((f) => [f.id, f]));
  // Only where marks form a series (the year axis): dated stocks are each "as reported" and claim no continuity.
  if (kind === "columns") {
    for (const s of seriesMap.values()) {
      const own = marks.filter((m) => m.series === s.key && !m.reference);
      const counts = new Map<string, number>();
      for (const m of own) {
        const p = publisherOf(figById.get(m.figureId)!);
        counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      if (counts.size < 2) continue;
      // The series' usual publisher is the one behind most of its points, when one is (a tie names none).
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const majority = ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
      const letters = new Map<string, string>();
      for (const m of own) {
        const f = figById.get(m.figureId)!;
        const p = publisherOf(f);
        if (p === majority) continue;
        let letter = letters.get(p);
        if (!letter) {
          letter = String.fromCharCode(97 + footnotes.length);
          letters.set(p, letter);
          const periods = own.filter((o) => publisherOf(figById.get(o.figureId)!) === p).map((o) => figById.get(o.figureId)!.periodLabel);
          footnotes.push({ letter, text: majority ? c.footnoteOther(letter, s.label, periods.join(", "), p, majority) : c.footnoteMixed(letter, s.label, periods.join(", "), p) });
        }
        m.footnote = letter;
        m.tip.lines.push(c.footnoteTip(letter));
      }
    }
  }

  // The value axis: zero-based, rounded by d3-scale, the same for every view of the chart.
  const values = marks.map((m) => m.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const scale = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .nice(5);
  const ticks = scale.ticks(5);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const [d0, d1] = scale.domain() as [number, number];

  let time: ChartModel["time"];
  if (kind === "dots") {
    const ats = marks.map((m) => m.at!);
    const min = Math.min(...ats);
    const max = Math.max(...ats);
    const pad = Math.max((max - min) * 0.06, 1000 * 3600 * 24 * 120);
    const domain: [number, number] = [min - pad, max + pad];
    const y0 = new Date(domain[0]).getUTCFullYear() + 1;
    const y1 = new Date(domain[1]).getUTCFullYear();
    const every = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    const tickYears: { at: number; label: string }[] = [];
    for (let y = y0; y <= y1; y++) if (y % every === 0) tickYears.push({ at: Date.UTC(y, 0, 1), label: String(y) });
    time = { domain, ticks: tickYears };
  }

  // Signed documents, on the year slot (columns) or the day (dots) they were signed.
  const markers: ChartMarker[] = [];
  const docs = input.documents ?? [];
  if (kind === "columns") {
    for (const s of slots.filter((x) => x.section === "year")) {
      const of = docs.filter((d) => year(d.signedOn) === s.year);
      if (of.length) markers.push(markerOf(of, { slot: s.key }, String(s.year)));
    }
  } else if (kind === "dots" && time) {
    const byDay = new Map<number, typeof docs>();
    for (const d of docs) {
      const at = utc(d.signedOn);
      if (at >= time.domain[0] && at <= time.domain[1]) byDay.set(at, [...(byDay.get(at) ?? []), d]);
    }
    for (const [at, of] of byDay) markers.push(markerOf(of, { at }, formatDate(of[0]!.signedOn)));
  }

  // Sides always in the same order (Azerbaijani, Kazakh, joint), so a colour sits in the same place on every chart.
  const series = [...seriesMap.values()].sort((a, b) => (seriesBy === "reporter" ? REPORTERS.indexOf(a.key as Reporter) - REPORTERS.indexOf(b.key as Reporter) : 0));
  const legend: LegendItem[] = series.map((s) => ({ kind: "series", label: s.label, colour: s.colour }));
  if (seriesBy === "indicator" && kind === "dots") {
    for (const r of [...new Set(marks.map((m) => figById.get(m.figureId)!.reporter))]) legend.push({ kind: "shape", label: t.reporter[r], shape: SHAPE[r] });
  }
  const statuses = [...new Set(marks.map((m) => m.status))];
  if (statuses.length > 1 || statuses.some((s) => s !== "actual")) for (const s of statuses) legend.push({ kind: "status", label: t.status[s], status: s });
  if (marks.some((m) => m.lowConfidence)) legend.push({ kind: "low", label: c.legendLow });
  if (marks.some((m) => m.alternatives > 0)) legend.push({ kind: "alternative", label: c.legendAlternative });
  if (gapMarks.some((g) => g.recorded)) legend.push({ kind: "gap-recorded", label: c.legendGapRecorded });
  if (gapMarks.some((g) => !g.recorded)) legend.push({ kind: "gap-none", label: c.legendGapNone });
  if (markers.length) legend.push({ kind: "marker", label: c.legendMarker });

  const years = slots.filter((s) => s.section === "year");
  const partialSlots = slots.filter((s) => s.section === "partial");
  const description = c.description({
    kind: kindDrawn,
    title: input.title,
    unit: unitName(input.unit),
    series: series.map((s) => s.label),
    years: years.length ? `${years[0]!.label}–${years.at(-1)!.label}` : null,
    partial: partialSlots.length === 2 ? `${partialSlots[0]!.label} / ${partialSlots[1]!.label}` : null,
    marks: marks.length,
    links: marks.some((m) => m.href),
  });

  return {
    id: input.id,
    kind: kindDrawn,
    title: input.title,
    unit: input.unit,
    axisUnit: shortUnit(input.unit),
    series,
    slots,
    marks,
    gaps: gapMarks,
    value: { domain: [d0, d1], ticks, decimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) },
    time,
    partialHeading: partialSlots.length ? c.partialHeading : undefined,
    markers,
    legend,
    footnotes,
    description,
    notDrawn: figures.filter((f) => !drawnIds.has(f.id)).length,
  };

  function markerOf(of: { title: string; signedOn: string }[], where: { slot?: string; at?: number }, when: string): ChartMarker {
    return {
      id: `d${markers.length}`,
      ...where,
      label: of.length > 1 ? `◆${of.length}` : "◆",
      title: of.map((d) => `${formatDate(d.signedOn)} · ${d.title}`).join("; "),
      tip: { heading: c.markerHeading(of.length), value: when, lines: of.map((d) => `${formatDate(d.signedOn)} · ${d.title}`) },
    };
  }

  function gapOf(id: string, s: string, slot: string, period: string, recorded: Gap | undefined): ChartGapMark {
    const label = seriesMap.get(s)?.label ?? s;
    return {
      id,
      series: s,
      slot,
      recorded: !!recorded,
      tip: { heading: `${label}, ${period}`, value: recorded ? c.gapRecorded : c.gapNone, lines: recorded ? [recorded.note] : [c.gapNoneNote] },
    };
  }
}

/** The figures a chart draws, in drawing order: for its CSV and source lines. */
export function drawnFigures(model: ChartModel, figures: Figure[]): { figure: Figure; category: string }[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const slotLabel = new Map(model.slots.map((s) => [s.key, s.label]));
  return model.marks.flatMap((m) => {
    const f = byId.get(m.figureId);
    return f ? [{ figure: f, category: m.slot ? (slotLabel.get(m.slot) ?? f.periodLabel) : f.periodLabel }] : [];
  });
}
