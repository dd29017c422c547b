import type { DataGap, Indicator, Observation, Source } from "../db/schema";

/**
 * Render-ready shapes of the figures pages show, derived from the table rows (type-only
 * imports: nothing of db/ reaches the browser). Plain data: safe to pass to client components.
 */

/** A published figure with everything needed to show and cite it. */
export type Figure = Pick<Observation, "id" | "key" | "value" | "qualifier" | "periodLabel" | "periodStart" | "periodEnd" | "periodType" | "status" | "reporter" | "confidence" | "note"> & {
  indicatorSlug: Indicator["slug"];
  indicatorName: Indicator["name"];
  unit: Indicator["unit"];
  source: FigureSource;
};

export type FigureSource = Pick<Source, "id" | "title" | "publisher" | "originator" | "url" | "publishedOn">;

/** A period the fact sheet looked for and did not find ("not published"). */
export type Gap = Pick<DataGap, "key" | "periodLabel" | "periodEnd" | "reporter" | "note"> & { indicatorSlug: Indicator["slug"] };

/** A figure in a paged list, with its corroborating sources beside the primary one. */
export type ListedFigure = Figure & { alsoIn: FigureSource[] };

/** One page of the JSON API's figure list (/api/indicators), as a client reads it. */
export interface FigurePageResponse {
  page: { limit: number; returned: number; total: number; next: string | null };
  indicators: { slug: string; figures: ListedFigure[] }[];
}
