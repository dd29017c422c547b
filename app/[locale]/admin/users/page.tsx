import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserToggle } from "@/components/admin/user-toggle";
import { currentUser } from "@/db/auth/request";
import { listUsers } from "@/db/queries/admin";
import { getDictionary } from "@/lib/i18n";
import { pageLocale, type LocaleParams } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.admin.users.heading, robots: { index: false } };
}

export default async function UsersPage({ params }: LocaleParams) {
  await pageLocale(params);
  const me = await currentUser();
  if (me?.role !== "admin") notFound();
  const users = listUsers();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t.admin.users.heading}</h1>
      <p className="text-sm text-slate-700">{t.admin.users.createHint}</p>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span>
              {u.email} · {t.admin.roles[u.role]} · {u.disabledAt ? t.admin.users.disabled : t.admin.users.active}
            </span>
            {u.id !== me.id && <UserToggle userId={u.id} disabled={Boolean(u.disabledAt)} email={u.email} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
