import type { NextRequest } from "next/server";
import { listFiguresPage } from "@/db/queries/figures";
import { listIndicatorMetas } from "@/db/queries/indicators";
import { parseFormat } from "@/lib/api/format";
import { badRequest, csvResponse, notFoundJson, requestOrigin } from "@/lib/api/responses";
import { buildFiguresCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { parseFiltersStrict } from "@/lib/search-params";
import { encodeCursor, parseFigurePageStrict } from "@/lib/table-params";

export const dynamic = "force-dynamic";

/** A whole indicator's figures as one CSV file: at most this many rows (the largest at 100× the data has ~1,200). */
const CSV_MAX_ROWS = 50_000;

/**
 * GET /api/indicators?sector=&from=&to=&indicator=&limit=&cursor= — the indicators and one page of their
 * figures (newest period first within each indicator), with each indicator's known gaps.
 * `page.next` is the URL of the next page (null on the last); `page.total` counts every figure the filters match.
 * With indicator=<slug>&format=csv: every figure of that indicator as one CSV file.
 */
export function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const parsed = parseFiltersStrict(search);
  if (!parsed.ok) return badRequest(parsed.errors);
  if (parsed.filters.package) return badRequest({ package: "is not a filter of indicators" });
  const paging = parseFigurePageStrict(search);
  if (!paging.ok) return badRequest(paging.errors);
  const format = parseFormat(search);
  if (!format.ok) return badRequest(format.errors);
  const { sector: sectorFilter, from, to } = parsed.filters;
  const sector = sectorFilter === "all" ? undefined : sectorFilter;
  const { limit, cursor, indicator } = paging.value;
  const metas = listIndicatorMetas({ sector, slug: indicator, from, to });
  if (indicator && metas.length === 0) return notFoundJson("Indicator");

  if (format.format === "csv") {
    // A chart's CSV is its bars (/api/indicators/<slug>?format=csv); this one is every figure of one indicator.
    if (!indicator || search.has("cursor") || search.has("limit"))
      return badRequest({ format: "csv is one indicator's figures, all of them: /api/indicators?indicator=<slug>&format=csv (or a chart's: /api/indicators/<slug>?format=csv)" });
    const ind = metas[0]!;
    const all = listFiguresPage({ indicatorSlug: indicator, from, to, limit: CSV_MAX_ROWS });
    const origin = requestOrigin(request);
    return csvResponse(
      buildFiguresCsv({
        title: ind.name,
        unit: ind.unit,
        figures: all.figures,
        exportedAt: new Date(),
        permalink: `${origin}/indicators/${ind.slug}`,
        csvUrl: `${origin}${request.nextUrl.pathname}${request.nextUrl.search}`,
      }),
      exportFileName(`${ind.slug}-all-figures`, "csv"),
    );
  }
  if (format.format !== "json") return badRequest({ format: "must be json here, or csv with indicator=<slug>" });

  const page = listFiguresPage({ sector, indicatorSlug: indicator, from, to, cursor, limit });
  const next = new URLSearchParams(search);
  if (page.nextCursor) next.set("cursor", encodeCursor(page.nextCursor));
  return Response.json({
    filters: { sector: sectorFilter, from, to, indicator },
    page: { limit, returned: page.figures.length, total: page.total, next: page.nextCursor ? `${request.nextUrl.pathname}?${next}` : null },
    indicators: metas.map(({ gaps, ...meta }) => ({ ...meta, figures: page.figures.filter((f) => f.indicatorSlug === meta.slug), gaps })),
  });
}
