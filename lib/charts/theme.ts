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

/** The CSS value a chart element is painted with on the page: `var(--chart-az)`. */
export function cssColour(name: ChartColour): string {
  return `var(--chart-${name})`;
}

/** `:root{--chart-az:#1d4ed8;…}` for the page. */
export function chartThemeCss(): string {
  return `:root{${Object.entries(CHART_COLOURS)
    .map(([k, v]) => `--chart-${k}:${v}`)
    .join(";")}}`;
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
