import type { Metadata } from "next";
import Link from "next/link";
import { listAdminDocuments } from "@/db/queries/admin";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { ColumnHeads } from "@/components/ui/column-heads";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.admin.documents.heading, robots: { index: false } };
}

export default async function AdminDocumentsPage({ params }: LocaleParams) {
  await pageLocale(params);
  const docs = listAdminDocuments();
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{t.admin.documents.heading}</h1>
        <p className="text-sm text-slate-700">{t.admin.documents.lead}</p>
      </div>
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t.admin.documents.heading}</caption>
          <ColumnHeads
            columns={[t.documents.fields.package, t.admin.fields.title, t.documents.fields.status, t.admin.indicators.columns.updated]}
            cellClassName="p-2 font-medium"
            className="border-b border-slate-200 text-xs text-slate-600"
          />
          <tbody>
            {docs.map((d) => (
              <tr key={d.id} className="border-b border-slate-100 align-top" data-admin-document={d.slug}>
                <td className="p-2 text-xs text-slate-600">
                  {d.packageName ?? "—"}
                  {d.packagePosition ? ` · #${d.packagePosition}` : ""}
                </td>
                <th scope="row" className="p-2 font-normal">
                  <Link href={localHref(`/admin/documents/${d.id}`)} className={`underline decoration-sky-300 hover:decoration-sky-800 ${d.title ? "text-sky-800" : "italic text-slate-600"}`}>
                    {d.title ?? `${t.documents.unnamed} (${d.slug})`}
                  </Link>
                </th>
                <td className="p-2 text-xs">{t.documents.identification[d.identification]}</td>
                <td className="p-2 text-xs text-slate-600">
                  {formatDate(d.updatedAt.slice(0, 10))} · {d.updatedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
