import type { Metadata } from "next";
import { ObservationsTable } from "@/components/admin/observations-table";
import { listAdminObservations, listIndicatorOptions, listSourceOptions } from "@/db/queries/admin";
import { getDictionary } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const t = getDictionary();
export const metadata: Metadata = { title: t.admin.indicators.heading, robots: { index: false } };

export default function AdminIndicatorsPage() {
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{t.admin.indicators.heading}</h1>
        <p className="text-sm text-slate-700">{t.admin.indicators.lead}</p>
      </div>
      <ObservationsTable initialRows={listAdminObservations()} sources={listSourceOptions()} indicators={listIndicatorOptions()} />
    </div>
  );
}
