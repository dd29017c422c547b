import type { ObservationStatus } from "@/lib/constants";
import { getDictionary, type Locale } from "@/lib/i18n";

/** Styles are .badge-<status> in app/globals.css: one short class per badge keeps long tables light. */
export function StatusBadge({ status, locale }: { status: ObservationStatus; locale?: Locale }) {
  const t = getDictionary(locale);
  return <span className={`badge badge-${status}`}>{t.status[status]}</span>;
}
