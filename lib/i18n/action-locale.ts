import "server-only";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, splitLocale, type Locale } from "./locales";

/**
 * The language a server action answers in. An action is a POST outside any page render, so the
 * request locale (request-locale.ts) is not set: the form says which language it was shown in
 * (a `locale` field, in FormData or the argument object); failing that, the page it was posted
 * from (the Referer, which this site sends in full to itself), then the reader's last choice (the
 * language switch's cookie), then English. The result only picks the words of the answer, never what is written.
 */
export async function actionLocale(raw?: unknown): Promise<Locale> {
  const given = raw instanceof FormData ? raw.get("locale") : raw && typeof raw === "object" && "locale" in raw ? (raw as { locale: unknown }).locale : undefined;
  if (isLocale(given)) return given;
  const referer = (await headers()).get("referer");
  if (referer && URL.canParse(referer)) {
    const fromPath = splitLocale(new URL(referer).pathname);
    if (fromPath) return fromPath.locale;
  }
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
