import type { NextRequest } from "next/server";
import { langParam, withLocale } from "@/lib/i18n/locale-scope";
import { getPanel } from "@/db/queries/overview";
import { parseFormat } from "@/lib/api/format";
import { badRequest, csvResponse, notFoundJson, requestOrigin } from "@/lib/api/responses";
import { markedDocuments, panelChart } from "@/lib/charts/spec";
import { buildCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { parseFiltersStrict } from "@/lib/search-params";
import { getDictionary } from "@/lib/i18n";
import { drawnOf, figureTableHtml } from "@/components/panels/figure-table";

export const dynamic = "force-dynamic";

/**
 * GET /api/panels/<sector>?from=&to= — an overview panel's chart data (the investment panel charts two
 * indicators). With format=csv: the CSV of the bars the panel plots, the same file as its Export menu. With format=table:
 * the markup of the panel's figure table, which the overview fetches when the table is opened.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ sector: string }> }) {
  // Names, period labels, frame texts and CSV headers in the language of the page the export was asked from.
  const lang = langParam(request.nextUrl.searchParams);
  if (!lang) return badRequest({ lang: "must be one of az, kk, ru, en" });
  return withLocale(lang, () => respond(request, context));
}

async function respond(request: NextRequest, { params }: { params: Promise<{ sector: string }> }) {
  const search = request.nextUrl.searchParams;
  const parsed = parseFiltersStrict(search);
  if (!parsed.ok) return badRequest(parsed.errors);
  if (search.has("sector")) return badRequest({ sector: "is part of the path (/api/panels/<sector>), not a query parameter" });
  if (parsed.filters.package) return badRequest({ package: "is not a filter of panels" });
  const format = parseFormat(search);
  if (!format.ok) return badRequest(format.errors);
  const { from, to } = parsed.filters;
  const panel = getPanel({ sector: (await params).sector, from, to });
  if (!panel) return notFoundJson("Panel");
  const spec = panelChart({ sector: panel.sector, figures: panel.figures, gaps: panel.gaps, seriesBy: panel.spec.seriesBy, filters: { from, to }, documents: markedDocuments(panel.documents) });
  if (format.format === "export") return Response.json(spec);
  if (format.format === "table")
    return figureTableHtml({ caption: getDictionary().panels.tableCaption(spec.title), figures: drawnOf(spec, panel.figures), gaps: panel.gaps, showIndicator: panel.spec.seriesBy === "indicator" });
  if (format.format === "json")
    return Response.json({ filters: { from, to }, title: spec.title, unit: spec.unit, sector: spec.sector, figures: panel.figures, plotted: spec.points.map((p) => p.key), gaps: panel.gaps });
  return csvResponse(
    buildCsv(spec, { exportedAt: new Date(), permalink: `${requestOrigin(request)}${spec.pagePath}`, csvUrl: `${requestOrigin(request)}${spec.csvPath}` }),
    exportFileName(spec.fileBase, "csv"),
  );
}
