// The URL grammar lives in lib/search-params.ts. This old name stays only for the chart modules
// that still import it (components/indicators/indicator-chart.tsx, components/panels/sector-panel.tsx,
// rewritten on another branch); delete it once they import lib/search-params.ts.
export * from "./search-params";
