import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import { ChartSvg, CHART_WIDTHS, type ChartVariant } from "@/components/charts/chart-svg";
import type { ChartModel } from "@/lib/charts/model";
import { literalColours } from "@/lib/charts/theme";

/**
 * The page's chart component rendered to an SVG string on the server, for the PDF: the same
 * drawing, with what only the page needs removed (hit areas, tooltip data) and its colours made
 * literal, as lib/export/browser.ts `chartFromPage` does from the DOM in the browser.
 */
/**
 * React's HTML renderer, loaded by Node at run time. Next builds route handlers against React's
 * server-components build, where react-dom/server is refused at build time; ChartSvg is pure (no
 * hooks, no context), so the plain Node renderer from node_modules draws it as it draws on the page.
 */
function renderer(): (element: ReactElement) => string {
  const load = createRequire(path.join(process.cwd(), "package.json"));
  return (load("react-dom/server") as { renderToStaticMarkup: (element: ReactElement) => string }).renderToStaticMarkup;
}

export function chartMarkup(model: ChartModel, variant: ChartVariant): { svg: string; width: number; height: number } {
  const raw = renderer()(createElement(ChartSvg, { model, variant }));
  const svg = literalColours(
    raw
      .replace(/<rect class="chart-hit"[^>]*\/>/g, "")
      .replace(/ data-(?:tip-[a-z]+|href|ring)="[^"]*"/g, "")
      // pdfkit fonts are chosen by name, not inherited from a page.
      .replace(/ font-family="inherit"/, ' font-family="Inter"'),
  );
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg, width: CHART_WIDTHS[variant], height };
}
