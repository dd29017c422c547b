import type { ObservationStatus } from "@/lib/constants";
import { getDictionary } from "@/lib/i18n";

/** Styles are .badge-<status> in app/globals.css: one short class per badge keeps long tables light. */
export function StatusBadge({ status }: { status: ObservationStatus }) {
  const t = getDictionary();
  return <span className={`badge badge-${status}`}>{t.status[status]}</span>;
}
