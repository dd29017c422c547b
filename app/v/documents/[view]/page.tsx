import type { Metadata } from "next";
import { DocumentsList } from "@/components/documents/documents-list";
import { FilterBar } from "@/components/filters/filter-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listDocumentYears, listDocuments, listPackages } from "@/db/queries/documents";
import { sectorNames } from "@/db/queries/sectors";
import { decodeDocumentsView } from "@/lib/views";
import { notFound } from "next/navigation";
import { Providers } from "@/components/providers";
import { getDictionary } from "@/lib/i18n";

// Served at /documents?sector=&package=&from=&to= through the rewrites in lib/view-rewrites.js; cached per view until an edit.
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const t = getDictionary();

export const metadata: Metadata = { title: t.documents.heading };

export default async function DocumentsPage({ params }: { params: Promise<{ view: string }> }) {
  const filters = decodeDocumentsView((await params).view);
  if (!filters) notFound();
  const groups = listDocuments(filters);
  const years = listDocumentYears();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: t.nav.overview, href: "/" }, { label: t.documents.heading }]} />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t.documents.heading}</h1>
        <p className="text-sm text-slate-700 sm:text-base">{t.documents.lead}</p>
      </div>
      <FilterBar filters={filters} basePath="/documents" years={years} sectorLabels={sectorNames()} packages={listPackages()} navigation="client" />
      <Providers>
        <DocumentsList initialGroups={groups} initialFilters={filters} />
      </Providers>
    </div>
  );
}
