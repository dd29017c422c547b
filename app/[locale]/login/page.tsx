import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/db/auth/request";
import { getDictionary } from "@/lib/i18n";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

const t = getDictionary();

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: t.admin.signIn, robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: LocaleParams & { searchParams: Promise<{ next?: string | string[] }> }) {
  await pageLocale(params);
  if (await currentUser()) redirect(localHref("/admin"));
  const next = (await searchParams).next;
  return (
    <div className="mx-auto max-w-sm space-y-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">{t.admin.signInHeading}</h1>
      <p className="text-sm text-slate-700">{t.admin.signInLead}</p>
      <Card>
        <SignInForm next={typeof next === "string" ? next : localHref("/admin")} />
      </Card>
    </div>
  );
}
