import { getDictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";

/**
 * Content shown in a language other than the page's: marked as such, never silently. Longer
 * content (notes, summaries, caveats, claims) is written in English first; on an Azerbaijani,
 * Kazakh or Russian page it keeps `lang="en"` (screen readers switch voice, the public-text check
 * knows it) and carries a visible "in English" mark in the page's language. A client component
 * passes the page's language as `page` (outside a server render it is not known).
 */
export function ContentText({ text, lang = "en", className, page = requestLocale() }: { text: string; lang?: Locale; className?: string; page?: Locale }) {
  if (lang === page) return className ? <span className={className}>{text}</span> : <>{text}</>;
  const t = getDictionary(page).language;
  return (
    <span className={className}>
      <span lang={lang}>{text}</span>{" "}
      <span className="in-english whitespace-nowrap rounded bg-slate-100 px-1 text-[0.7em] font-medium uppercase tracking-wide text-slate-600" title={t.inEnglishTitle}>
        {t.inEnglish}
      </span>
    </span>
  );
}
