import { notFound } from "next/navigation";
import { Suspense } from "react";
import { HeadlineCards } from "@/components/cards/headline-cards";
import { FilterBar } from "@/components/filters/filter-bar";
import { SectorPanel } from "@/components/panels/sector-panel";
import { OverviewSkeleton } from "@/components/ui/skeletons";
import { listYears } from "@/db/queries/figures";
import { getOverview } from "@/db/queries/overview";
import { sectorNames } from "@/db/queries/sectors";
import type { Filters } from "@/lib/filters";
import { getDictionary } from "@/lib/i18n";
import { decodeOverviewView } from "@/lib/views";

// Served at "/" (lib/view-rewrites.js maps ?sector=&from=&to= to the view segment). Each view is rendered on
// its first request and cached until an admin edit invalidates it (app/admin/invalidate.ts).
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const t = getDictionary();

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

export default async function OverviewPage({ params }: { params: Promise<{ view: string }> }) {
  const filters = decodeOverviewView((await params).view);
  if (!filters) notFound();
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t.overview.heading}</h1>
        <p className="text-sm text-slate-700 sm:text-base">{t.overview.lead}</p>
      </div>
      <FilterBar filters={filters} basePath="/" years={listYears()} sectorLabels={sectorNames()} />
      <Suspense fallback={<OverviewSkeleton />}>
        <OverviewContent filters={filters} />
      </Suspense>
    </div>
  );
}
