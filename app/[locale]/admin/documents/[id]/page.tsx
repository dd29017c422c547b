import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentForm } from "@/components/admin/document-form";
import { listIndicatorOptions, listSourceOptions } from "@/db/queries/admin";
import { getDocumentForEdit } from "@/db/queries/admin-document";
import { sectorNames } from "@/db/queries/sectors";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.admin.documents.heading, robots: { index: false } };
}

export default async function EditDocumentPage({ params }: { params: Promise<{ id: string; locale: string }> }) {
  await pageLocale(params);
  const id = Number((await params).id);
  const doc = Number.isInteger(id) && id > 0 ? getDocumentForEdit({ id }) : null;
  if (!doc) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={localHref("/admin/documents")} className="text-sky-800 underline">
          {t.admin.documents.back}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-slate-900">{doc.title ?? `${t.documents.unnamed} (${doc.slug})`}</h1>
      <div className="rounded-xl border border-slate-200 bg-white p-4">
        <DocumentForm
          id={doc.id}
          version={doc.version}
          initial={{
            title: doc.title ?? "",
            kind: doc.kind ?? "",
            signedOn: doc.signedOn ?? "",
            signedPlace: doc.signedPlace ?? "",
            parties: doc.parties ?? "",
            status: doc.status ?? "",
            identification: doc.identification,
            summary: doc.summary,
            note: doc.note ?? "",
            confidence: doc.confidence,
            sectors: doc.sectors,
            sourceIds: doc.sourceIds,
            indicatorIds: doc.indicatorIds,
          }}
          sources={listSourceOptions().map((s) => ({ id: s.id, label: `${s.publisher}, ${formatDate(s.publishedOn)} — ${s.title}` }))}
          indicators={listIndicatorOptions().map((i) => ({ id: i.id, label: `${i.name} (${i.unit})` }))}
          sectorNames={sectorNames()}
        />
      </div>
    </div>
  );
}
