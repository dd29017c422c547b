import type { Metadata } from "next";
import { ImportAuditRows } from "@/components/admin/import-audit-rows";
import { RevertButton } from "@/components/admin/revert-button";
import { currentUser } from "@/db/auth/request";
import { listAudit, listAuditUsers, listIndicatorOptions } from "@/db/queries/admin";
import { diffSnapshots } from "@/lib/audit-diff";
import { AUDIT_ENTITIES, type AuditEntity } from "@/lib/constants";
import { getDictionary } from "@/lib/i18n";
import { translationAdminText } from "@/lib/i18n/admin-translations";
import { parseTranslationAuditKey } from "@/lib/schemas/translations";
import { ColumnHeads } from "@/components/ui/column-heads";
import { FilterSelect } from "@/components/ui/filter-select";
import { pageLocale, requestLocale, type LocaleParams } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.admin.audit.heading, robots: { index: false } };
}

// The main dictionary predates translations; their word comes from the translation editor's own texts (in the page's language).
const entityLabel = (e: AuditEntity) => (e === "translation" ? translationAdminText[requestLocale()].auditEntity : t.admin.audit.entities[e]);

export default async function AuditPage({ params, searchParams }: LocaleParams & { searchParams: Promise<{ user?: string; entity?: string }> }) {
  await pageLocale(params);
  const sp = await searchParams;
  const me = await currentUser();
  const users = listAuditUsers();
  const user = typeof sp.user === "string" && users.includes(sp.user) ? sp.user : undefined;
  const entity = AUDIT_ENTITIES.includes(sp.entity as AuditEntity) ? (sp.entity as AuditEntity) : undefined;
  const rows = listAudit({ userEmail: user, entity });
  // A figure's entry names its indicator and period, not only its key.
  const indicatorNames = new Map(listIndicatorOptions().map((i) => [i.id, i.name]));
  const figureOf = (r: (typeof rows)[number]) => {
    if (r.entity !== "observation") return null;
    const snap = JSON.parse(r.after ?? r.before ?? "null") as { indicatorId?: number; periodLabel?: string } | null;
    return snap?.indicatorId ? `${indicatorNames.get(snap.indicatorId) ?? ""} · ${snap.periodLabel ?? ""}` : null;
  };
  // A translation's entry says which language and which name: "Azerbaijani · Sector name".
  const tr = translationAdminText[requestLocale()];
  const translationOf = (r: (typeof rows)[number]) => {
    const ref = r.entity === "translation" ? parseTranslationAuditKey(r.entityKey) : null;
    return ref ? `${tr.locales[ref.locale]} · ${tr.entities[ref.entity]} ${tr.fields[ref.field]}` : null;
  };
  // Snapshot keys are column names: each is shown by the label its form gives it; one without a label stays as stored.
  const f = t.admin.indicators.fields;
  const df = t.documents.fields;
  const fieldLabels: Record<string, string> = {
    ...f,
    indicatorId: f.indicator,
    sourceId: f.source,
    signedOn: df.signed,
    signedPlace: df.place,
    parties: df.parties,
    kind: df.kind,
    identification: t.admin.documents.identification,
    summary: t.admin.documents.summary,
    sectors: df.sectors,
    sourceIds: df.sources,
    indicatorIds: df.indicators,
  };
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{t.admin.audit.heading}</h1>
        <p className="text-sm text-slate-700">{t.admin.audit.lead}</p>
      </div>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <FilterSelect id="audit-user" name="user" label={t.admin.audit.user} value={user ?? ""} all={t.admin.audit.all} options={users.map((u) => ({ value: u, label: u }))} />
        <FilterSelect
          id="audit-entity"
          name="entity"
          label={t.admin.audit.entity}
          value={entity ?? ""}
          all={t.admin.audit.all}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
        />
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">
          {t.admin.audit.apply}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t.admin.audit.none}</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((r) => {
            const diff = r.entity === "import" ? [] : diffSnapshots(r.before, r.after, r.entity);
            const figure = figureOf(r);
            const translated = translationOf(r);
            return (
              <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-3 text-sm" data-audit-id={r.id} data-audit-key={r.entityKey}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p>
                    <span className="font-medium">{r.at.replace("T", " ").slice(0, 19)} UTC</span> · {r.userEmail} · {t.admin.audit.actions[r.action]} {entityLabel(r.entity)}{" "}
                    {figure && <span className="font-medium">{figure} </span>}
                    {translated && <span className="font-medium">{translated} </span>}
                    <code className="text-xs">{r.entityKey}</code>
                    {r.revertOf && <span className="text-slate-600"> (#{r.revertOf})</span>}
                    {r.reason && <span className="block text-xs text-slate-600">{r.reason}</span>}
                  </p>
                  {me?.role === "admin" && r.entity !== "user" && <RevertButton auditId={r.id} label={`${t.admin.audit.revert} #${r.id}`} />}
                </div>
                {r.entity === "import" && <ImportAuditRows after={r.after} />}
                {diff.length > 0 && (
                  <div className="relative mt-2 overflow-x-auto">
                    <table className="w-full min-w-[24rem] text-xs">
                      <ColumnHeads columns={[t.admin.audit.field, t.admin.audit.before, t.admin.audit.after]} cellClassName="pr-2 text-left font-medium" className="text-slate-600" />
                      <tbody>
                        {diff.slice(0, 20).map((d) => (
                          <tr key={d.field} className="align-top">
                            <th scope="row" className="pr-2 text-left font-normal text-slate-700">
                              {fieldLabels[d.field] ?? d.field}
                            </th>
                            <td className="max-w-xs truncate pr-2 text-red-800">{d.before}</td>
                            <td className="max-w-xs truncate pr-2 text-emerald-800">{d.after}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
