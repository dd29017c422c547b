import type { ObservationStatus } from "./constants";

/** One visual rule for status across charts and their legends: actual solid, preliminary lighter, forecast and target dashed, plan dotted. */
export interface StatusStyle {
  fillOpacity: number;
  strokeDasharray?: string;
  strokeWidth: number;
}

export const STATUS_STYLE: Record<ObservationStatus, StatusStyle> = {
  actual: { fillOpacity: 1, strokeWidth: 0 },
  preliminary: { fillOpacity: 0.55, strokeWidth: 0 },
  estimate: { fillOpacity: 0.35, strokeWidth: 1.5, strokeDasharray: "2 2" },
  forecast: { fillOpacity: 0.12, strokeWidth: 2, strokeDasharray: "5 3" },
  target: { fillOpacity: 0.12, strokeWidth: 2, strokeDasharray: "5 3" },
  plan: { fillOpacity: 0.06, strokeWidth: 2, strokeDasharray: "1 3" },
};

export const SERIES_COLOURS: Record<string, string> = {
  az: "var(--chart-az)",
  kz: "var(--chart-kz)",
  other: "var(--chart-alt)",
  value: "var(--chart-single)",
};

const FALLBACK = ["var(--chart-az)", "var(--chart-kz)", "var(--chart-single)", "var(--chart-alt)"];

export function seriesColour(key: string, index: number): string {
  return SERIES_COLOURS[key] ?? FALLBACK[index % FALLBACK.length] ?? "var(--chart-single)";
}

/**
 * The light-theme values of the chart CSS variables in app/globals.css, for exported files, which
 * cannot read the page's CSS and are always light whatever the page's theme. A unit test keeps the
 * two in step.
 */
export const LIGHT_CHART_COLOURS: Record<string, string> = {
  "var(--chart-az)": "#1d4ed8",
  "var(--chart-kz)": "#b45309",
  "var(--chart-single)": "#0f766e",
  "var(--chart-alt)": "#7c3aed",
};

/** A series colour as a literal, for use outside the page. */
export function literalSeriesColour(key: string, index: number): string {
  const colour = seriesColour(key, index);
  return LIGHT_CHART_COLOURS[colour] ?? colour;
}
