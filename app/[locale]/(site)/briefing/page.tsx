import type { Metadata } from "next";
import { BriefingDocument } from "@/components/briefing/briefing-document";
import { FilterBar } from "@/components/filters/filter-bar";
import { listYears } from "@/db/queries/figures";
import { getBriefing } from "@/db/queries/briefing";
import { sectorNames } from "@/db/queries/sectors";
import { buildBriefingView } from "@/lib/briefing/view";
import { filterLabels } from "@/lib/i18n";
import { briefingText } from "@/lib/i18n/server-texts";
import { parsePageFilters, type ParamSource } from "@/lib/search-params";
import { filteredTitle } from "@/lib/filtered-title";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

// Rendered from its search params on each request; server.mjs keeps the finished page until the content version (or the day) moves.
export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<ParamSource> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await pageLocale(params);
  return { title: filteredTitle(briefingText.pageTitle, parsePageFilters("briefing", await searchParams), sectorNames()) };
}

export default async function BriefingPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const filters = parsePageFilters("briefing", await searchParams);
  const view = buildBriefingView(getBriefing(filters));
  return (
    <div className="space-y-4">
      <div className="no-print">
        <FilterBar filters={filters} basePath={localHref("/briefing")} years={listYears()} sectorLabels={sectorNames()} labels={filterLabels()} />
      </div>
      <BriefingDocument view={view} />
    </div>
  );
}
