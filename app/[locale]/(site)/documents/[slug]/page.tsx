import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, TitledCard } from "@/components/ui/card";
import { SourceLink } from "@/components/ui/source-link";
import { getDocument, type DocumentDetail } from "@/db/queries/documents";
import { filtersToQuery } from "@/lib/search-params";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { localHref, pageLocale } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";
import { languageAlternates } from "@/lib/i18n/alternates";

// Rendered on each request; server.mjs keeps the finished page until the content version moves (lib/page-cache.js).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; locale: string }> };

const t = getDictionary();

function displayTitle(d: Pick<DocumentDetail, "title" | "packagePosition"> & { package?: DocumentDetail["package"] }) {
  if (d.title) return d.title;
  const total = d.package?.reportedCount;
  return d.packagePosition && total ? `${t.documents.slot(d.packagePosition, total)}: ${t.documents.unnamed.toLowerCase()}` : t.documents.unnamed;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const d = getDocument({ slug: (await params).slug });
  return d ? { title: displayTitle(d), alternates: languageAlternates(`/documents/${d.slug}`) } : { title: t.errors.notFoundTitle };
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2 border-b border-slate-100 py-2 text-sm last:border-0">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

const unknown = <span className="italic text-slate-500">{t.documents.fields.unknown}</span>;

export default async function DocumentPage({ params }: Props) {
  await pageLocale(params);
  const d = getDocument({ slug: (await params).slug });
  if (!d) notFound();
  const title = displayTitle(d);
  const total = d.package?.reportedCount ?? null;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: t.nav.overview, href: localHref("/") },
          { label: t.documents.heading, href: localHref("/documents") },
          ...(d.package ? [{ label: d.package.name, href: localHref(`/documents${filtersToQuery({ package: d.package.slug })}`) }] : []),
          { label: title },
        ]}
      />
      <div className="max-w-3xl space-y-2">
        <p className="text-sm text-slate-600">{t.documents.identification[d.identification]}</p>
        <h1 className={`text-2xl font-bold tracking-tight sm:text-3xl ${d.title ? "text-slate-900" : "italic text-slate-700"}`}>{title}</h1>
        <p className="text-sm text-slate-800 sm:text-base">
          <ContentText text={d.summary} />
        </p>
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="details">
          <h2 id="details" className="sr-only">
            {t.documents.heading}
          </h2>
          <dl>
            <Field label={t.documents.fields.kind}>{d.kind ? t.documents.kind[d.kind] : unknown}</Field>
            <Field label={t.documents.fields.signed}>
              {d.signedOn ? formatDate(d.signedOn) : d.package ? `${formatDate(d.package.signedOn)} (${t.documents.fields.package.toLowerCase()})` : unknown}
            </Field>
            <Field label={t.documents.fields.place}>{d.signedPlace ? <ContentText text={d.signedPlace} /> : unknown}</Field>
            <Field label={t.documents.fields.parties}>{d.parties ?? unknown}</Field>
            <Field label={t.documents.fields.status}>{d.status ? t.documents.status[d.status] : unknown}</Field>
            <Field label={t.documents.fields.package}>
              {d.package ? (
                <Link href={localHref(`/documents${filtersToQuery({ package: d.package.slug })}`)} className="text-sky-800 underline">
                  {d.package.name}
                </Link>
              ) : (
                "—"
              )}
              {d.packagePosition && total ? <span className="text-slate-600"> · {t.documents.slot(d.packagePosition, total)}</span> : null}
            </Field>
            <Field label={d.identification === "identified" ? t.documents.fields.sectors : t.documents.sectorsReported}>
              {d.sectors.length
                ? d.sectors.map((s, i) => (
                    <span key={s.slug}>
                      {i > 0 && ", "}
                      <Link href={localHref(`/sectors/${s.slug}`)} className="text-sky-800 underline">
                        {s.name}
                      </Link>
                    </span>
                  ))
                : t.documents.noSectorsReported}
            </Field>
            <Field label={t.documents.fields.confidence}>{t.confidence[d.confidence]}</Field>
            {d.note && (
              <Field label={t.documents.fields.note}>
                <ContentText text={d.note} />
              </Field>
            )}
          </dl>
        </Card>

        <TitledCard id="sources" title={t.documents.fields.sources} size="base">
          <ul className="space-y-2 text-sm">
            {d.sources.map((s) => (
              <li key={s.id}>
                <SourceLink source={s} />
                <span className="block text-xs text-slate-600">{s.title}</span>
              </li>
            ))}
          </ul>
        </TitledCard>
      </div>

      {(d.indicators.length > 0 || d.projects.length > 0) && (
        <div className="grid gap-4 lg:grid-cols-2">
          {d.indicators.length > 0 && (
            <TitledCard id="indicators" title={t.documents.fields.indicators} size="base">
              <ul className="space-y-2 text-sm">
                {d.indicators.map((i) => (
                  <li key={i.slug}>
                    <Link href={localHref(`/indicators/${i.slug}`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
                      {i.name}
                    </Link>{" "}
                    <span className="text-slate-500">({i.unit})</span>
                    {i.note && <ContentText className="block text-xs text-slate-600" text={i.note} />}
                  </li>
                ))}
              </ul>
            </TitledCard>
          )}
          {d.projects.length > 0 && (
            <TitledCard id="projects" title={t.documents.fields.projects} size="base">
              <ul className="space-y-3 text-sm">
                {d.projects.map((p) => (
                  <li key={p.slug}>
                    <p className="font-medium text-slate-900">
                      {p.name} <span className="font-normal text-slate-600">· {t.projectStatus[p.status as keyof typeof t.projectStatus] ?? p.status}</span>
                    </p>
                    <p className="text-xs text-slate-700">
                      <ContentText text={p.summary} />
                    </p>
                    {p.note && <ContentText className="block text-xs text-slate-600" text={p.note} />}
                  </li>
                ))}
              </ul>
            </TitledCard>
          )}
        </div>
      )}

      {d.neighbours.length > 0 && (
        <TitledCard id="neighbours" title={t.documents.fields.neighbours} size="base">
          <ol className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-2">
            {d.neighbours.map((n) => (
              <li key={n.slug} className="flex gap-2">
                <span className="w-6 shrink-0 text-right tabular-nums text-slate-500">{n.packagePosition}</span>
                <Link href={localHref(`/documents/${n.slug}`)} className={`underline decoration-sky-300 hover:decoration-sky-800 ${n.title ? "text-sky-800" : "italic text-slate-600"}`}>
                  {displayTitle({ ...n, package: d.package })}
                </Link>
              </li>
            ))}
          </ol>
        </TitledCard>
      )}
    </div>
  );
}
