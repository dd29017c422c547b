import { getDictionary } from "@/lib/i18n";

export function OverviewSkeleton() {
  return (
    <div className="space-y-8" aria-busy="true" aria-label={getDictionary().a11y.loading}>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-56 animate-pulse rounded-xl border border-slate-200 bg-white" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-96 animate-pulse rounded-xl border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
