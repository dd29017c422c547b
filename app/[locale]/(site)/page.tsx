import { Suspense } from "react";
import { HeadlineCards } from "@/components/cards/headline-cards";
import { FilterBar } from "@/components/filters/filter-bar";
import { CopyLink } from "@/components/share/copy-link";
import { SectorPanel } from "@/components/panels/sector-panel";
import { OverviewSkeleton } from "@/components/ui/skeletons";
import { listYears } from "@/db/queries/figures";
import { getOverview } from "@/db/queries/overview";
import { sectorNames } from "@/db/queries/sectors";
import { parsePageFilters, viewHref, type Filters, type ParamSource } from "@/lib/search-params";
import { filteredTitle } from "@/lib/filtered-title";
import { filterLabels, getDictionary } from "@/lib/i18n";
import { briefingText } from "@/lib/i18n/server-texts";
import type { Metadata } from "next";
import Link from "next/link";
import { type LocaleParams, localHref, localViewHref, pageLocale } from "@/lib/i18n/request-locale";
import { languageAlternates } from "@/lib/i18n/alternates";

// Rendered from its search params on each request; server.mjs keeps the finished page until the content version moves (lib/page-cache.js).
export const dynamic = "force-dynamic";

const t = getDictionary();

type Props = LocaleParams & { searchParams: Promise<ParamSource> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await pageLocale(params);
  const filters = parsePageFilters("overview", await searchParams);
  const title = filteredTitle(t.nav.overview, filters, sectorNames());
  // Unfiltered, the home page carries the product name alone (the layout's default title). The
  // layout's template does not apply to a page in its own segment, hence the absolute title.
  const alternates = languageAlternates(viewHref("overview", "/", filters));
  return title === t.nav.overview ? { alternates } : { title: { absolute: t.meta.pageTitle(title) }, alternates };
}

function OverviewContent({ filters }: { filters: Filters }) {
  const data = getOverview(filters);
  return (
    <>
      <section aria-labelledby="headlines" className="space-y-3">
        <h2 id="headlines" className="text-xl font-semibold text-slate-900">
          {t.overview.headlinesHeading}
        </h2>
        <HeadlineCards data={data} sector={filters.sector} />
      </section>
      <section aria-labelledby="panels" className="space-y-3">
        <h2 id="panels" className="text-xl font-semibold text-slate-900">
          {t.overview.panelsHeading}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {data.panels.map((p) => (
            <SectorPanel key={p.sector.slug} panel={p} filters={filters} />
          ))}
        </div>
      </section>
    </>
  );
}

export default async function OverviewPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const filters = parsePageFilters("overview", await searchParams);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t.overview.heading}</h1>
        <p className="text-sm text-slate-700 sm:text-base">{t.overview.lead}</p>
        <p className="flex flex-wrap items-center gap-3">
          <CopyLink href={localViewHref("overview", "/", filters)} label={t.share.copyLinkLabel(t.share.thisView)} />
          <Link href={localViewHref("briefing", "/briefing", filters)} className="no-print text-xs font-medium text-sky-800 underline decoration-sky-300 hover:decoration-sky-800" data-briefing-link>
            {briefingText.link}
          </Link>
        </p>
      </div>
      <FilterBar filters={filters} basePath={localHref("/")} years={listYears()} sectorLabels={sectorNames()} labels={filterLabels()} />
      <Suspense fallback={<OverviewSkeleton />}>
        <OverviewContent filters={filters} />
      </Suspense>
    </div>
  );
}
