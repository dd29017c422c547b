import type { ObservationStatus } from "@/lib/constants";
import { getDictionary } from "@/lib/i18n";

const styles: Record<ObservationStatus, string> = {
  actual: "bg-slate-800 text-white border-slate-800",
  preliminary: "bg-slate-200 text-slate-800 border-slate-300",
  estimate: "bg-white text-slate-700 border-slate-400 border-dotted",
  forecast: "bg-white text-violet-800 border-violet-500 border-dashed",
  target: "bg-white text-emerald-800 border-emerald-600 border-dashed",
  plan: "bg-white text-sky-800 border-sky-600 border-dotted",
};

export function StatusBadge({ status }: { status: ObservationStatus }) {
  const t = getDictionary();
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-[11px] font-medium leading-4 ${styles[status]}`}>
      {t.status[status]}
    </span>
  );
}
