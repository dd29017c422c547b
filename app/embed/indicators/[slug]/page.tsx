import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartEmbed } from "@/components/charts/chart-embed";
import { getIndicator } from "@/db/queries/indicators";
import { indicatorChart } from "@/lib/charts/spec";
import { getDictionary } from "@/lib/i18n";
import { parsePageFilters, type ParamSource } from "@/lib/search-params";

// Rendered from its search params; server.mjs keeps the finished page until the content version moves.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<ParamSource> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ind = getIndicator({ slug: (await params).slug });
  // An embed is part of another page; search engines should find the chart's own page instead.
  return { title: ind?.name ?? getDictionary().errors.notFoundTitle, robots: { index: false } };
}

/** One indicator's chart alone, for an <iframe> on another site (frame-ancestors allow it: next.config.js). */
export default async function EmbedIndicatorPage({ params, searchParams }: Props) {
  const filters = parsePageFilters("embedIndicator", await searchParams);
  const ind = getIndicator({ slug: (await params).slug, from: filters.from, to: filters.to });
  if (!ind || ind.figures.length === 0) notFound();
  return <ChartEmbed spec={indicatorChart({ indicator: ind, figures: ind.figures, gaps: ind.gaps, filters })} />;
}
