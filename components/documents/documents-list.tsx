"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PackageGroup } from "@/db/queries/documents";
import { filtersToQuery, parseFilters, type Filters } from "@/lib/search-params";
import { formatDate } from "@/lib/format";
import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";
import { useLocationSearch } from "@/lib/use-location-search";
import { SourceLink } from "@/components/ui/source-link";
import { DocumentCard } from "./document-card";
import { ContentText } from "@/components/i18n/in-english";

async function fetchGroups(query: string): Promise<PackageGroup[]> {
  const res = await fetch(`/api/documents${query}`);
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.error ?? `HTTP ${res.status}`);
  return (await res.json()).groups;
}

/**
 * The documents registry. The server renders the first view; after that the filters change
 * only the URL and this list refetches its JSON (TanStack Query), keeping the previous list on
 * screen until the new one arrives, so nothing else on the page re-renders.
 */
export function DocumentsList({ initialGroups, initialFilters }: { initialGroups: PackageGroup[]; initialFilters: Filters }) {
  const t = useDictionary();
  const locale = useLocale();
  const initialQuery = filtersToQuery(initialFilters);
  const query = filtersToQuery(parseFilters(new URLSearchParams(useLocationSearch(initialQuery))));
  const { data, isError, isFetching, refetch } = useQuery({
    queryKey: ["documents", query],
    queryFn: () => fetchGroups(query),
    initialData: query === initialQuery ? initialGroups : undefined,
    placeholderData: keepPreviousData,
  });

  if (isError && !data)
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-white p-4 text-sm">
        {t.documents.loadError}{" "}
        <button type="button" className="underline" onClick={() => refetch()}>
          {t.errors.retry}
        </button>
      </div>
    );
  if (!data) return <p className="text-sm text-slate-600">{t.documents.loading}</p>;
  if (data.length === 0) return <p className="text-sm text-slate-600">{t.documents.noMatch}</p>;

  return (
    <div className={`space-y-8 transition-opacity ${isFetching ? "opacity-60" : ""}`} aria-busy={isFetching}>
      {data.map((g) => (
        <section key={g.slug ?? "other"} aria-labelledby={`pkg-${g.slug ?? "other"}`} className="space-y-3" data-package={g.slug ?? "none"}>
          <header className="space-y-1">
            <h2 id={`pkg-${g.slug ?? "other"}`} className="text-lg font-semibold text-slate-900">
              {g.name ?? t.documents.otherDocuments}
            </h2>
            {g.slug && (
              <p className="text-sm text-slate-700">
                {formatDate(g.signedOn, locale)}
                {g.place && (
                  <>
                    , <ContentText text={g.place} page={locale} />
                  </>
                )}
                {g.reportedCount !== null && (
                  <>
                    {" · "}
                    <strong data-testid={`identified-${g.slug}`}>{t.documents.identifiedCount(g.identifiedCount, g.reportedCount)}</strong>
                  </>
                )}
              </p>
            )}
            {(g.countNote || g.countSource) && (
              <p className="max-w-3xl text-xs text-slate-600">
                {g.countNote && <ContentText text={g.countNote} page={locale} />}
                {g.countSource && (
                  <>
                    {g.countNote ? " " : ""}
                    <SourceLink source={{ ...g.countSource, originator: null }} locale={locale} />
                  </>
                )}
              </p>
            )}
          </header>
          <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {g.documents.map((d) => (
              <DocumentCard key={d.slug} doc={d} total={g.reportedCount} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
