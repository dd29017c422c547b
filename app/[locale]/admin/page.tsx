import { redirect } from "next/navigation";
import { type LocaleParams, localHref, pageLocale } from "@/lib/i18n/request-locale";

export default async function AdminHome({ params }: LocaleParams) {
  await pageLocale(params);
  redirect(localHref("/admin/indicators"));
}
