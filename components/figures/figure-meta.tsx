import { StatusBadge } from "@/components/ui/status-badge";
import { SourceLink } from "@/components/ui/source-link";
import type { Figure } from "@/lib/figures";
import { getDictionary } from "@/lib/i18n";

/** Period, status, reporting side and source of one figure: shown wherever a figure is. */
export function FigureMeta({ figure, showReporter = true }: { figure: Figure; showReporter?: boolean }) {
  const t = getDictionary();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
      <span>{figure.periodLabel}</span>
      <StatusBadge status={figure.status} />
      {showReporter && <span>{t.reporterShort[figure.reporter]}</span>}
      <SourceLink source={figure.source} />
    </span>
  );
}
