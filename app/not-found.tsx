import type { Metadata } from "next";
import Link from "next/link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { getDictionary } from "@/lib/i18n";
import { localHref } from "@/lib/i18n/request-locale";

// In the root segment the layout's title template does not apply.
export const metadata: Metadata = { title: { absolute: getDictionary().meta.pageTitle(getDictionary().errors.notFoundTitle) } };

export default function NotFound() {
  const t = getDictionary();
  // Above the (site) group, so it brings the site's navigation itself.
  return (
    <SiteChrome>
      <div className="mx-auto max-w-xl space-y-3 rounded-xl border border-slate-200 bg-white p-6">
        <h1 className="text-xl font-semibold text-slate-900">{t.errors.notFoundTitle}</h1>
        <p className="text-sm text-slate-700">{t.errors.notFoundBody}</p>
        <Link href={localHref("/")} className="text-sm text-sky-800 underline">
          {t.errors.backHome}
        </Link>
      </div>
    </SiteChrome>
  );
}
