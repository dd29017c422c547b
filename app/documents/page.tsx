import type { Metadata } from "next";
import { Suspense } from "react";
import { DocumentsList } from "@/components/documents/documents-list";
import { FilterBar } from "@/components/filters/filter-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listDocumentYears, listDocuments, listPackages } from "@/db/queries/documents";
import { sectorNames } from "@/db/queries/sectors";
import { parseFilters } from "@/lib/filters";
import { getDictionary } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const t = getDictionary();

export const metadata: Metadata = { title: t.documents.heading };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseFilters(await searchParams);
  const groups = listDocuments(filters);
  const years = listDocumentYears();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: t.nav.overview, href: "/" }, { label: t.documents.heading }]} />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t.documents.heading}</h1>
        <p className="text-sm text-slate-700 sm:text-base">{t.documents.lead}</p>
      </div>
      <Suspense>
        <FilterBar years={years} sectorLabels={sectorNames()} packages={listPackages()} navigation="client" />
      </Suspense>
      <Suspense>
        <DocumentsList initialGroups={groups} initialFilters={filters} />
      </Suspense>
    </div>
  );
}
