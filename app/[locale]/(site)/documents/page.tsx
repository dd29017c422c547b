import type { Metadata } from "next";
import { DocumentsList } from "@/components/documents/documents-list";
import { FilterBar } from "@/components/filters/filter-bar";
import { CopyLink } from "@/components/share/copy-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listDocumentYears, listDocuments, listPackages } from "@/db/queries/documents";
import { sectorNames } from "@/db/queries/sectors";
import { parsePageFilters, type ParamSource } from "@/lib/search-params";
import { filteredTitle } from "@/lib/filtered-title";
import { Providers } from "@/components/providers";
import { filterLabels, getDictionary } from "@/lib/i18n";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";
import { languageAlternates } from "@/lib/i18n/alternates";
import { viewHref } from "@/lib/search-params";

// Rendered from its search params on each request; server.mjs keeps the finished page until the content version moves (lib/page-cache.js).
export const dynamic = "force-dynamic";

const t = getDictionary();

type Props = LocaleParams & { searchParams: Promise<ParamSource> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await pageLocale(params);
  const filters = parsePageFilters("documents", await searchParams);
  return { title: filteredTitle(t.documents.heading, filters, sectorNames()), alternates: languageAlternates(viewHref("documents", "/documents", filters)) };
}

export default async function DocumentsPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const filters = parsePageFilters("documents", await searchParams);
  const groups = listDocuments(filters);
  const years = listDocumentYears();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: t.nav.overview, href: localHref("/") }, { label: t.documents.heading }]} />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t.documents.heading}</h1>
        <p className="text-sm text-slate-700 sm:text-base">{t.documents.lead}</p>
        {/* The filters here change the address without a server render, so the link is the address shown. */}
        <CopyLink label={t.share.copyLinkLabel(t.share.thisView)} />
      </div>
      <FilterBar filters={filters} basePath={localHref("/documents")} years={years} sectorLabels={sectorNames()} labels={filterLabels()} packages={listPackages()} navigation="client" />
      <Providers>
        <DocumentsList initialGroups={groups} initialFilters={filters} />
      </Providers>
    </div>
  );
}
