import type { Metadata } from "next";
import { TranslationCell } from "@/components/admin/translation-cell";
import { ColumnHeads } from "@/components/ui/column-heads";
import { listTranslations } from "@/db/queries/translations";
import { TRANSLATABLE_ENTITIES, TRANSLATION_LOCALES } from "@/lib/constants";
import { isLocale, type Locale } from "@/lib/i18n";
import { translationAdminText } from "@/lib/i18n/admin-translations";
import { parseTranslationFilter, TRANSLATION_VIEWS } from "@/lib/schemas/translations";
import { FilterSelect } from "@/components/ui/filter-select";

export const dynamic = "force-dynamic";

/** The interface language: from a `[locale]` segment once this page lives under one, English until then. */
type Params = Promise<{ locale?: string }>;
const localeOf = async (params: Params | undefined): Promise<Locale> => {
  const { locale } = (await params) ?? {};
  return isLocale(locale) ? locale : "en";
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: translationAdminText[await localeOf(params)].heading, robots: { index: false } };
}

export default async function TranslationsPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeOf(params);
  const t = translationAdminText[locale];
  const filter = parseTranslationFilter(await searchParams);
  const list = listTranslations(filter);
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{t.heading}</h1>
        <p className="text-sm text-slate-700">{t.lead}</p>
      </div>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <FilterSelect
          id="tr-entity"
          name="entity"
          label={t.filters.entity}
          value={filter.entity ?? ""}
          all={t.filters.all}
          options={TRANSLATABLE_ENTITIES.map((e) => ({ value: e, label: t.entities[e] }))}
        />
        <FilterSelect id="tr-lang" name="lang" label={t.filters.locale} value={filter.locale ?? ""} all={t.filters.all} options={TRANSLATION_LOCALES.map((l) => ({ value: l, label: t.locales[l] }))} />
        <FilterSelect id="tr-show" name="show" label={t.filters.view} value={filter.view} options={TRANSLATION_VIEWS.map((v) => ({ value: v, label: t.views[v] }))} />
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">
          {t.filters.apply}
        </button>
      </form>
      <p className="text-sm text-slate-700">{t.counts(list.counts.texts, list.counts.missing, list.counts.review)}</p>
      {list.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t.none}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[48rem] text-sm">
            <ColumnHeads columns={[t.english, ...list.locales.map((l) => t.locales[l])]} cellClassName="px-3 py-2 text-left font-medium" className="bg-slate-50 text-slate-700" />
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((r) => (
                <tr key={`${r.entity}/${r.key}/${r.field}`} className="align-top" data-translation={`${r.entity}/${r.key}/${r.field}`}>
                  <th scope="row" className="w-1/4 px-3 py-2 text-left font-normal">
                    <span className="block text-xs text-slate-600">
                      {t.entities[r.entity]} · {t.fields[r.field]} · <code>{r.key}</code>
                    </span>
                    <span lang="en" className="text-slate-900">
                      {r.english}
                    </span>
                  </th>
                  {list.locales.map((l) => {
                    const c = r.cells[l];
                    return (
                      <td key={l} className="px-3 py-2">
                        <TranslationCell
                          target={{ entity: r.entity, key: r.key, field: r.field, locale: l }}
                          english={r.english}
                          localeName={t.locales[l]}
                          cell={c && { text: c.text, origin: c.origin, sourceUrl: c.sourceUrl, reviewedBy: c.reviewedBy, updatedAt: c.updatedAt, machine: c.machine }}
                          text={t.cell}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
