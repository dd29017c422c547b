import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { signOutAction } from "./actions";
import { SiteChrome } from "@/components/layout/site-chrome";
import { Providers } from "@/components/providers";
import { currentUser } from "@/db/auth/request";
import { getDictionary } from "@/lib/i18n";
import { type LocaleParams, localHref, pageLocale, requestLocale } from "@/lib/i18n/request-locale";
import { translationAdminText } from "@/lib/i18n/admin-translations";

export const dynamic = "force-dynamic";

/** Signed-out visitors go to /login. This only shapes navigation: every action checks the session itself. */
export default async function AdminLayout({ params, children }: LocaleParams & { children: ReactNode }) {
  await pageLocale(params);
  const user = await currentUser();
  if (!user) redirect(localHref("/login"));
  const t = getDictionary();
  const links = [
    { href: localHref("/admin/indicators"), label: t.admin.nav.indicators },
    { href: localHref("/admin/import"), label: t.admin.nav.import },
    { href: localHref("/admin/documents"), label: t.admin.nav.documents },
    { href: localHref("/admin/translations"), label: translationAdminText[requestLocale()].nav },
    { href: localHref("/admin/audit"), label: t.admin.nav.audit },
    ...(user.role === "admin" ? [{ href: localHref("/admin/users"), label: t.admin.nav.users }] : []),
  ];
  // The site's header and footer (the public pages get them from app/(site)/layout.tsx; this area is outside that group).
  return (
    <SiteChrome>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3">
          <nav aria-label={t.admin.nav.label}>
            <ul className="flex flex-wrap gap-4 text-sm font-medium">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="text-sky-800 hover:underline">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm text-slate-700">
            <span>
              {user.email} · {t.admin.roles[user.role]}
            </span>
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={requestLocale()} />
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
                {t.admin.signOut}
              </button>
            </form>
          </div>
        </div>
        {/* TanStack Query only where pages refetch and edit: public pages ship without it. */}
        <Providers>{children}</Providers>
      </div>
    </SiteChrome>
  );
}
