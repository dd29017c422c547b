import Link from "next/link";
import type { DocumentSummary } from "@/db/queries/documents";
import { formatDate } from "@/lib/format";
import { getDictionary, localePath, type Locale } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";

const idStyle = {
  identified: "border-emerald-600 text-emerald-800",
  sector_reported: "border-amber-600 text-amber-900 border-dashed",
  unidentified: "border-slate-400 text-slate-600 border-dotted",
} as const;

/** One document in a list. An unidentified one says so plainly and shows only what the sources report. A client list passes its `locale`. */
export function DocumentCard({ doc, total, locale = requestLocale() }: { doc: DocumentSummary; total?: number | null; locale?: Locale }) {
  const t = getDictionary(locale);
  const name = doc.title ?? (doc.packagePosition && total ? `${t.documents.slot(doc.packagePosition, total)}: ${t.documents.unnamed.toLowerCase()}` : t.documents.unnamed);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-document={doc.slug} data-identification={doc.identification}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        {doc.packagePosition && <span className="tabular-nums">#{doc.packagePosition}</span>}
        <span className={`rounded-full border px-2 py-0.5 ${idStyle[doc.identification]}`}>{t.documents.identification[doc.identification]}</span>
        {doc.kind && <span>{t.documents.kind[doc.kind]}</span>}
        {doc.signedOn && <span>{formatDate(doc.signedOn, locale)}</span>}
        {doc.status && doc.status !== "signed" && <span className="text-amber-900">{t.documents.status[doc.status]}</span>}
      </div>
      <h3 className={`mt-1 text-sm font-semibold ${doc.title ? "text-slate-900" : "italic text-slate-700"}`}>
        <Link href={localePath(locale, `/documents/${doc.slug}`)} className="hover:underline">
          {name}
        </Link>
      </h3>
      {doc.parties && <ContentText className="block text-xs text-slate-600" text={doc.parties} page={locale} />}
      <p className="mt-1 text-xs text-slate-700">
        <span className="font-medium">{doc.identification === "identified" ? t.documents.fields.sectors : t.documents.sectorsReported}: </span>
        {doc.sectors.length ? doc.sectors.map((s) => s.name).join(", ") : t.documents.noSectorsReported}
      </p>
    </li>
  );
}
