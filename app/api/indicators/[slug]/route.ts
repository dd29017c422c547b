import type { NextRequest } from "next/server";
import { langParam, withLocale } from "@/lib/i18n/locale-scope";
import { getIndicator } from "@/db/queries/indicators";
import { parseFormat } from "@/lib/api/format";
import { badRequest, csvResponse, notFoundJson, requestOrigin } from "@/lib/api/responses";
import { z } from "zod";
import { listDocumentMarkers } from "@/db/queries/documents";
import { SECTOR_SLUGS } from "@/lib/constants";
import { indicatorChart, markedDocuments } from "@/lib/charts/spec";
import { buildCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { parseFiltersStrict } from "@/lib/search-params";
import { getDictionary } from "@/lib/i18n";
import { drawnOf, figureTableHtml } from "@/components/panels/figure-table";

export const dynamic = "force-dynamic";

const markersSchema = z.enum(SECTOR_SLUGS).optional();

/**
 * GET /api/indicators/<slug>?from=&to= — one indicator, all its observations with sources, gaps and documents.
 * With format=csv: the CSV of the indicator's chart (the bars it plots), the same file as its Export menu.
 * With format=export&markers=<sector>: the chart's description (model, drawn figures, sources) with that sector's signed
 * documents marked, as its sector page draws it. With format=table: the markup of the chart's figure table (what it draws
 * and the periods not published), which the sector page fetches when its table is opened.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  // Names, period labels, frame texts and CSV headers in the language of the page the export was asked from.
  const lang = langParam(request.nextUrl.searchParams);
  if (!lang) return badRequest({ lang: "must be one of az, kk, ru, en" });
  return withLocale(lang, () => respond(request, context));
}

async function respond(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const search = request.nextUrl.searchParams;
  const parsed = parseFiltersStrict(search);
  if (!parsed.ok) return badRequest(parsed.errors);
  const format = parseFormat(search);
  if (!format.ok) return badRequest(format.errors);
  const markers = markersSchema.safeParse(search.get("markers") ?? undefined);
  if (!markers.success) return badRequest({ markers: `must be one of ${SECTOR_SLUGS.join(", ")}` });
  const { from, to } = parsed.filters;
  const ind = getIndicator({ slug: (await params).slug, from, to });
  if (!ind) return notFoundJson("Indicator");
  if (format.format === "json") return Response.json(ind);
  const documents = markers.data ? markedDocuments(listDocumentMarkers({ sector: markers.data })) : [];
  const spec = indicatorChart({ indicator: ind, figures: ind.figures, gaps: ind.gaps, filters: { from, to }, documents });
  if (format.format === "export") return Response.json(spec);
  if (format.format === "table") return figureTableHtml({ caption: getDictionary().panels.tableCaption(ind.name), figures: drawnOf(spec, ind.figures), gaps: ind.gaps });
  return csvResponse(
    buildCsv(spec, { exportedAt: new Date(), permalink: `${requestOrigin(request)}${spec.pagePath}`, csvUrl: `${requestOrigin(request)}${spec.csvPath}` }),
    exportFileName(spec.fileBase, "csv"),
  );
}
