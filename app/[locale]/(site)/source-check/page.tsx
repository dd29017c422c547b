import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { SourceLink } from "@/components/ui/source-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { listClaims, type Evidence } from "@/db/queries/claims";
import type { ClaimVerdict } from "@/lib/constants";
import { CLAIM_VERDICTS } from "@/lib/constants";
import { formatQuantity } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { SOURCE_ARTICLE } from "@/lib/source-article";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";
import { ContentText } from "@/components/i18n/in-english";
import { languageAlternates } from "@/lib/i18n/alternates";

// Rendered on each request; server.mjs keeps the finished page until the content version moves (lib/page-cache.js).
export const dynamic = "force-dynamic";

const t = getDictionary();

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.sourceCheck.heading, alternates: languageAlternates("/source-check") };
}

const verdictStyle: Record<ClaimVerdict, string> = {
  supported: "bg-emerald-100 text-emerald-900 border-emerald-300",
  partly_supported: "bg-amber-100 text-amber-900 border-amber-300",
  overstated: "bg-orange-100 text-orange-900 border-orange-300",
  contradicted: "bg-red-100 text-red-900 border-red-300",
  not_found: "bg-slate-100 text-slate-800 border-slate-300",
};

function EvidenceItem({ e }: { e: Evidence }) {
  switch (e.kind) {
    case "observation":
      return (
        <>
          <Link href={localHref(`/indicators/${e.figure.indicatorSlug}#obs-${e.figure.key}`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
            {e.figure.indicatorName}
          </Link>
          : <strong className="tabular-nums">{formatQuantity(e.figure.value, e.figure.unit, e.figure.qualifier)}</strong>, {e.figure.periodLabel} <StatusBadge status={e.figure.status} />{" "}
          {t.reporterShort[e.figure.reporter]} · <SourceLink source={e.figure.source} />
        </>
      );
    case "document":
      return (
        <Link href={localHref(`/documents/${e.document.slug}`)} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
          {e.document.title ?? t.documents.unnamed}
        </Link>
      );
    case "milestone":
      return (
        <>
          {e.milestone.dateLabel}: {e.milestone.title} · <SourceLink source={e.milestone.source} />
        </>
      );
    case "source":
      return <SourceLink source={e.source} />;
  }
}

export default async function SourceCheckPage({ params }: LocaleParams) {
  await pageLocale(params);
  const claims = listClaims();
  const counts = Object.fromEntries(CLAIM_VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<ClaimVerdict, number>;
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: t.nav.overview, href: localHref("/") }, { label: t.sourceCheck.heading }]} />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t.sourceCheck.heading}</h1>
        <p className="text-sm text-slate-700 sm:text-base">{t.sourceCheck.lead}</p>
        <p className="text-sm text-slate-700 sm:text-base">
          {t.sourceCheck.articleIntro}{" "}
          <a href={SOURCE_ARTICLE.url} className="font-medium text-sky-900 underline" data-testid="source-article">
            <ContentText text={`“${SOURCE_ARTICLE.title}”`} />
          </a>
          , {SOURCE_ARTICLE.publisher}
        </p>
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={t.sourceCheck.tally}>
          {CLAIM_VERDICTS.map((v) => (
            <li key={v} className={`rounded-full border px-2.5 py-0.5 ${verdictStyle[v]}`}>
              {t.sourceCheck.verdict[v]}: {counts[v]}
            </li>
          ))}
        </ul>
      </div>
      <ol className="space-y-4">
        {claims.map((c) => (
          <li key={c.slug} id={c.slug} data-claim={c.slug} data-verdict={c.verdict}>
            <Card as="article" aria-labelledby={`claim-${c.slug}`} className="grid gap-4 md:grid-cols-2">
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.sourceCheck.articleSays}</p>
                <h2 id={`claim-${c.slug}`} className="mt-1 text-base text-slate-900">
                  <ContentText text={c.claimText} />
                </h2>
                <p className={`mt-2 inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${verdictStyle[c.verdict]}`}>{t.sourceCheck.verdict[c.verdict]}</p>
              </div>
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.sourceCheck.sourcesSay}</p>
                <p className="mt-1 text-sm text-slate-800">
                  <ContentText text={c.finding} />
                </p>
                <ul className="mt-2 space-y-1.5 text-xs text-slate-700">
                  {c.evidence.map((e, i) => (
                    <li key={i}>
                      <EvidenceItem e={e} />
                      {e.note && <ContentText className="block text-slate-500" text={e.note} />}
                    </li>
                  ))}
                </ul>
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
