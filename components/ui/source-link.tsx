import { formatDate } from "@/lib/format";
import type { FigureSource } from "@/lib/figures";
import { getDictionary, type Locale } from "@/lib/i18n";

/**
 * A citation that names the outlet, the body it quotes and the date, linking to the item. A client
 * component passes its `locale` (useLocale): outside a server render the request's language is unknown.
 */
export function SourceLink({ source, className = "", locale }: { source: Pick<FigureSource, "publisher" | "originator" | "url" | "publishedOn" | "title">; className?: string; locale?: Locale }) {
  const t = getDictionary(locale);
  const via = source.originator ? t.export.via(source.originator, source.publisher) : source.publisher;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title} className={className ? `src-link ${className}` : "src-link"}>
      {via}, {formatDate(source.publishedOn, locale)}
      {/* The ↗ is drawn by CSS (.src-link::after): this link is repeated hundreds of times on a page. */}
      <span className="sr-only"> {t.a11y.opensInNewTab}</span>
    </a>
  );
}
