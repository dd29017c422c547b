import "server-only";
import { createElement } from "react";
import { ChartSvg, CHART_WIDTHS, type ChartVariant } from "@/components/charts/chart-svg";
import { staticMarkup } from "@/components/ui/static-markup";
import type { ChartModel } from "@/lib/charts/model";
import { literalColours } from "@/lib/charts/theme";

/**
 * The page's chart component rendered to an SVG string on the server, for the PDF: the same
 * drawing, with what only the page needs removed (hit areas, tooltip data) and its colours made
 * literal, as lib/export/browser.ts `chartFromPage` does from the DOM in the browser.
 */
export function chartMarkup(model: ChartModel, variant: ChartVariant): { svg: string; width: number; height: number } {
  const raw = staticMarkup(createElement(ChartSvg, { model, variant }));
  const svg = literalColours(
    raw
      .replace(/<rect class="chart-hit"[^>]*>(?:<\/rect>)?/g, "")
      .replace(/ data-(?:tip-[a-z]+|href|ring)="[^"]*"/g, "")
      // pdfkit fonts are chosen by name, not inherited from a page.
      .replace(/ font-family="inherit"/, ' font-family="Inter"'),
  );
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg, width: CHART_WIDTHS[variant], height };
}
