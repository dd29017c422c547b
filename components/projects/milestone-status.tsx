import type { MilestoneView } from "@/db/queries/projects";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { currencyText } from "@/lib/i18n/server-texts";

/** "done", "planned", or, once the date has passed with no outcome recorded, an overdue line that says so. */
export function MilestoneStatus({ m }: { m: Pick<MilestoneView, "status" | "dateLabel" | "overdue"> }) {
  const t = getDictionary();
  if (!m.overdue) return <>{`${m.dateLabel} · ${t.milestoneStatus[m.status]}`}</>;
  return (
    <span className="font-medium text-amber-900" data-overdue="">
      {currencyText.overdue(t.milestoneStatus[m.status], m.dateLabel, formatDate(m.overdue.checkedTo))}
    </span>
  );
}
