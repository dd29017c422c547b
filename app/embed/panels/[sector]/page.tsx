import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartEmbed } from "@/components/charts/chart-embed";
import { getPanel } from "@/db/queries/overview";
import { markedDocuments, panelChart } from "@/lib/charts/spec";
import { getDictionary } from "@/lib/i18n";
import { parsePageFilters, type ParamSource } from "@/lib/search-params";

// Rendered from its search params; server.mjs keeps the finished page until the content version moves.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sector: string }>; searchParams: Promise<ParamSource> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const panel = getPanel({ sector: (await params).sector });
  return { title: panel?.sector.name ?? getDictionary().errors.notFoundTitle, robots: { index: false } };
}

/** An overview panel's chart alone, for an <iframe> on another site (frame-ancestors allow it: next.config.js). */
export default async function EmbedPanelPage({ params, searchParams }: Props) {
  const filters = parsePageFilters("embedPanel", await searchParams);
  const panel = getPanel({ sector: (await params).sector, from: filters.from, to: filters.to });
  if (!panel || panel.figures.length === 0) notFound();
  const spec = panelChart({ sector: panel.sector, figures: panel.figures, gaps: panel.gaps, seriesBy: panel.spec.seriesBy, filters, documents: markedDocuments(panel.documents) });
  return <ChartEmbed spec={spec} />;
}
