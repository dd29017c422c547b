import type { Metadata } from "next";
import { ImportForm } from "@/components/admin/import-form";
import { listSourceOptions } from "@/db/queries/admin";
import { listTemplateIndicators } from "@/db/queries/import";
import { getDictionary } from "@/lib/i18n";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();
const ti = t.admin.import;
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: ti.heading, robots: { index: false } };
}

export default async function AdminImportPage({ params }: LocaleParams) {
  await pageLocale(params);
  const indicators = listTemplateIndicators();
  const link = "font-medium text-sky-800 underline hover:no-underline";
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{ti.heading}</h1>
        <p className="text-sm text-slate-700">{ti.lead}</p>
      </div>
      <section aria-labelledby="import-template-heading" className="max-w-3xl space-y-2 text-sm">
        <h2 id="import-template-heading" className="font-semibold text-slate-900">
          {ti.templates}
        </h2>
        <p className="flex flex-wrap gap-4">
          <a href={localHref("/admin/import/template?format=csv")} download className={link}>
            {ti.templateCsv}
          </a>
          <a href={localHref("/admin/import/template?format=xlsx")} download className={link}>
            {ti.templateXlsx}
          </a>
        </p>
        <p className="text-slate-700">{ti.templateHint}</p>
        {/* A plain GET form: the download works without JavaScript. */}
        <form method="get" action={localHref("/admin/import/template")} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="template-indicator" className="text-xs font-medium text-slate-700">
              {ti.currentFigures}
            </label>
            <select id="template-indicator" name="indicator" required defaultValue="" className="mt-0.5 block max-w-[20rem] rounded border border-slate-300 px-2 py-1 text-sm">
              <option value="" disabled>
                {ti.chooseIndicator}
              </option>
              {indicators.map((i) => (
                <option key={i.slug} value={i.slug}>
                  {i.name}
                </option>
              ))}
            </select>
          </div>
          <select name="format" aria-label={ti.format} defaultValue="xlsx" className="rounded border border-slate-300 px-2 py-1 text-sm">
            <option value="xlsx">{ti.formatXlsx}</option>
            <option value="csv">{ti.formatCsv}</option>
          </select>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
            {ti.download}
          </button>
        </form>
      </section>
      <ImportForm sources={listSourceOptions()} />
    </div>
  );
}
