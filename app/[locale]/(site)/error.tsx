"use client";

import { useParams } from "next/navigation";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = { errors: getErrorTexts(isLocale(locale) ? locale : DEFAULT_LOCALE) };
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 rounded-xl border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-slate-900">{t.errors.title}</h1>
      <p className="text-sm text-slate-700">{t.errors.body}</p>
      <button type="button" onClick={reset} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        {t.errors.retry}
      </button>
    </div>
  );
}
