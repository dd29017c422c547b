import type { NextRequest } from "next/server";
import { EMBED_SIZE } from "@/lib/share/embed";
import { getIndicator } from "@/db/queries/indicators";
import { getPanel } from "@/db/queries/overview";
import { badRequest, notFoundJson, requestOrigin } from "@/lib/api/responses";
import { PRODUCT_NAME } from "@/lib/constants";
import { parseFilters, viewHref } from "@/lib/search-params";

export const dynamic = "force-dynamic";

/** Which chart a URL of this site shows: an embed, an indicator page, or an overview filtered to one sector. */
function chartOf(url: URL): { kind: "indicator" | "panel"; slug: string } | null {
  const m = /^\/(?:embed\/)?(indicators|panels)\/([a-z0-9-]{1,80})$/.exec(url.pathname);
  if (m) return m[1] === "indicators" ? { kind: "indicator", slug: m[2]! } : url.pathname.startsWith("/embed/") ? { kind: "panel", slug: m[2]! } : null;
  const sector = url.pathname === "/" ? url.searchParams.get("sector") : null;
  return sector ? { kind: "panel", slug: sector } : null;
}

function dimension(raw: string | null, fallback: number): number {
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, fallback) : fallback;
}

/**
 * GET /api/oembed?url=<a chart's page or embed on this site>[&maxwidth=&maxheight=] — oEmbed 1.0
 * (https://oembed.com), JSON only: a "rich" answer whose html is the Embed box's <iframe>.
 */
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const format = search.get("format");
  if (format !== null && format !== "json") return new Response("Only format=json is offered", { status: 501 });
  const origin = requestOrigin(request);
  let url: URL;
  try {
    url = new URL(search.get("url") ?? "");
  } catch {
    return badRequest({ url: "must be the absolute URL of a chart on this site" });
  }
  const chart = url.origin === origin ? chartOf(url) : null;
  if (!chart) return notFoundJson("Chart");
  const filters = parseFilters(url.searchParams, ["from", "to", "theme"]);
  const title = chart.kind === "indicator" ? getIndicator({ slug: chart.slug })?.name : getPanel({ sector: chart.slug })?.sector.name;
  if (!title) return notFoundJson("Chart");
  const path = chart.kind === "indicator" ? viewHref("embedIndicator", `/embed/indicators/${chart.slug}`, filters) : viewHref("embedPanel", `/embed/panels/${chart.slug}`, filters);
  const width = dimension(search.get("maxwidth"), EMBED_SIZE.width);
  const height = dimension(search.get("maxheight"), EMBED_SIZE.height);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return Response.json({
    version: "1.0",
    type: "rich",
    title,
    provider_name: PRODUCT_NAME,
    provider_url: `${origin}/`,
    width,
    height,
    html: `<iframe src="${esc(origin + path)}" width="${width}" height="${height}" title="${esc(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
  });
}
