import { formatDate } from "@/lib/format";
import type { FigureSource } from "@/lib/figures";

/** A citation that names the outlet, the body it quotes and the date, linking to the item. */
export function SourceLink({ source, className = "" }: { source: Pick<FigureSource, "publisher" | "originator" | "url" | "publishedOn" | "title">; className?: string }) {
  const via = source.originator ? `${source.originator} via ${source.publisher}` : source.publisher;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title} className={className ? `src-link ${className}` : "src-link"}>
      {via}, {formatDate(source.publishedOn)}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
