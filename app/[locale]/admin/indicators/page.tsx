import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ObservationsTable } from "@/components/admin/observations-table";
import { listAdminObservationsPage, listIndicatorOptions, listSourceOptions } from "@/db/queries/admin";
import { sectorNames } from "@/db/queries/sectors";
import { getDictionary } from "@/lib/i18n";
import type { ParamSource } from "@/lib/search-params";
import { adminSectorChoices, adminStateToQuery, parseAdminState } from "@/lib/table-params";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.admin.indicators.heading, robots: { index: false } };
}

export default async function AdminIndicatorsPage({ params, searchParams }: LocaleParams & { searchParams: Promise<ParamSource> }) {
  await pageLocale(params);
  const raw = await searchParams;
  const state = parseAdminState(raw);
  const initial = listAdminObservationsPage(state);
  // One URL per view: a bad or out-of-range value (page=-3, sort=secret, page past the end) is replaced by what is shown.
  const canonical = adminStateToQuery({ ...state, page: initial.page });
  const asGiven = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]])) as [string, string][]);
  if (canonical !== (asGiven.size ? `?${asGiven}` : "")) redirect(localHref(`/admin/indicators${canonical}`));
  const indicators = listIndicatorOptions();
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{t.admin.indicators.heading}</h1>
        <p className="text-sm text-slate-700">{t.admin.indicators.lead}</p>
      </div>
      <ObservationsTable
        initial={{ ...initial, state: { ...state, page: initial.page } }}
        sources={listSourceOptions()}
        indicators={indicators}
        sectors={adminSectorChoices(indicators.map((i) => i.sectorSlug))}
        sectorNames={sectorNames()}
      />
    </div>
  );
}
