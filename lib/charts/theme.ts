import type { ObservationStatus, Reporter } from "../constants";

/**
 * Every colour and status style a chart uses, in one place. The page reads them as CSS variables
 * (the root layout writes `chartThemeCss()` into a <style> element), exported files as literal
 * values (`literalColours`), so there is no second copy to keep in step.
 */
export const CHART_COLOURS = {
  az: "#1d4ed8",
  kz: "#b45309",
  other: "#7c3aed",
  single: "#0f766e",
  indicator2: "#be185d",
  ink: "#0f172a",
  text: "#334155",
  muted: "#475569",
  grid: "#e2e8f0",
  axis: "#94a3b8",
  gap: "#64748b",
  gapFill: "#f1f5f9",
  marker: "#9a3412",
  markerLine: "#c2410c",
  focus: "#0f172a",
  link: "#075985",
  background: "#ffffff",
} as const;

export type ChartColour = keyof typeof CHART_COLOURS;

/**
 * The same variables in the dark theme, for the page only: exported files and embeds keep the
 * light values (`literalColours`), so a chart pasted into a document or an article reads the same
 * whatever the reader's theme was. Each series colour keeps its hue and passes 3:1 on `background`.
 */
export const CHART_COLOURS_DARK: Record<ChartColour, string> = {
  az: "#60a5fa",
  kz: "#f59e0b",
  other: "#a78bfa",
  single: "#2dd4bf",
  indicator2: "#f472b6",
  ink: "#f1f5f9",
  text: "#cbd5e1",
  muted: "#a3b1c6",
  grid: "#334155",
  axis: "#64748b",
  gap: "#94a3b8",
  gapFill: "#1e293b",
  marker: "#fb923c",
  markerLine: "#f97316",
  focus: "#f1f5f9",
  link: "#7dd3fc",
  background: "#0f172a",
};

/** The CSS value a chart element is painted with on the page: `var(--chart-az)`. */
export function cssColour(name: ChartColour): string {
  return `var(--chart-${name})`;
}

/** `--chart-az:#1d4ed8;…`: the declarations of one set of chart colours. */
export function chartVariables(colours: Record<ChartColour, string>): string {
  return Object.entries(colours)
    .map(([k, v]) => `--chart-${k}:${v}`)
    .join(";");
}

/** `:root{--chart-az:#1d4ed8;…}` for the page, light; the dark set is written by lib/page-theme.ts. */
export function chartThemeCss(): string {
  return `:root{${chartVariables(CHART_COLOURS)}}`;
}

/** Replaces every chart CSS variable in an SVG string by its literal value, for a file opened outside the page. */
export function literalColours(svg: string): string {
  return svg.replace(/var\(--chart-([a-zA-Z0-9]+)\)/g, (m, name: string) => (name in CHART_COLOURS ? CHART_COLOURS[name as ChartColour] : m));
}

/** One visual rule for status: actual solid, preliminary lighter, estimate and forecast dashed outlines. */
export interface StatusStyle {
  fillOpacity: number;
  strokeDasharray?: string;
  strokeWidth: number;
}

export const STATUS_STYLE: Record<ObservationStatus, StatusStyle> = {
  actual: { fillOpacity: 1, strokeWidth: 0 },
  preliminary: { fillOpacity: 0.55, strokeWidth: 0 },
  estimate: { fillOpacity: 0.35, strokeWidth: 1.5, strokeDasharray: "2 2" },
  forecast: { fillOpacity: 0.12, strokeWidth: 1.5, strokeDasharray: "4 2" },
  target: { fillOpacity: 0, strokeWidth: 2, strokeDasharray: "4 2" },
  plan: { fillOpacity: 0, strokeWidth: 2, strokeDasharray: "1 2" },
};

/** The colour of a reporting side's series. */
export const REPORTER_COLOUR: Record<Reporter, ChartColour> = { az: "az", kz: "kz", other: "other" };

/** Colours for series that are indicators (a chart of two indicators), in order: none of them is a reporting side's colour. */
export const INDICATOR_COLOURS: ChartColour[] = ["single", "indicator2"];
