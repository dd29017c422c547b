import type { ObservationStatus } from "@/lib/constants";
import { STATUS_STYLE } from "@/lib/chart-style";
import { getDictionary } from "@/lib/i18n";

/** Explains the bar styles, listing only the statuses the chart actually contains. */
export function StatusLegend({ statuses, colour = "#475569" }: { statuses: ObservationStatus[]; colour?: string }) {
  const t = getDictionary();
  const unique = [...new Set(statuses)];
  if (unique.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Bar styles by status">
      {unique.map((s) => {
        const st = STATUS_STYLE[s];
        return (
          <li key={s} className="inline-flex items-center gap-1.5">
            <svg width="16" height="12" aria-hidden="true">
              <rect x="1" y="1" width="14" height="10" fill={colour} fillOpacity={st.fillOpacity} stroke={colour} strokeWidth={st.strokeWidth || 0} strokeDasharray={st.strokeDasharray} />
            </svg>
            {t.status[s]}
          </li>
        );
      })}
    </ul>
  );
}
