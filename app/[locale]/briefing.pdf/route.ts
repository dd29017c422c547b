import type { NextRequest } from "next/server";
import { withLocale } from "@/lib/i18n/locale-scope";
import { isLocale } from "@/lib/i18n/locales";
import { renderBriefingPdf } from "@/components/briefing/briefing-pdf";
import { getBriefing } from "@/db/queries/briefing";
import { requestOrigin } from "@/lib/api/responses";
import { buildBriefingView } from "@/lib/briefing/view";
import { parsePageFilters } from "@/lib/search-params";

export const dynamic = "force-dynamic";
// pdfkit reads its font metrics from disk and Buffers: Node, not the edge runtime.
export const runtime = "nodejs";

/**
 * GET /briefing.pdf?sector=&from=&to= — the briefing page as an A4 PDF, drawn on the server from
 * the same view object and the same chart component. Read like the page (a bad parameter falls
 * back to its default), and kept by the page cache under the same key grammar (lib/search-params.ts).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return withLocale(locale, () => respond(request));
}

async function respond(request: NextRequest) {
  const filters = parsePageFilters("briefingPdf", request.nextUrl.searchParams);
  const view = buildBriefingView(getBriefing(filters));
  const pdf = await renderBriefingPdf(view, { origin: requestOrigin(request) });
  const name = `az-kz-briefing-${filters.sector}${filters.from ? `-${filters.from}` : ""}${filters.to ? `-to-${filters.to}` : ""}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${name}"`, "content-length": String(pdf.length) },
  });
}
