import type { ImportAuditAfter } from "@/db/mutations/import";
import { formatStoredValue } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";

/** The rows one import wrote, as its single audit entry lists them: indicator, period, side, value before and after. */
export function ImportAuditRows({ after }: { after: string | null }) {
  const t = getDictionary();
  if (!after) return null;
  const entry = JSON.parse(after) as ImportAuditAfter;
  return (
    <div className="mt-2 space-y-1 text-xs">
      <ol className="max-h-72 space-y-0.5 overflow-y-auto" data-testid="import-audit-rows">
        {entry.rows.map((r) => (
          <li key={r.after.id} data-import-audit-row={r.line}>
            <span className="text-slate-600">{t.admin.audit.importRow(r.line)}</span> {t.admin.audit.actions[r.action]} {r.indicator} · {r.periodLabel} · {t.reporter[r.reporter]}:{" "}
            {r.before && <del className="text-red-800">{formatStoredValue(r.before.value, r.before.qualifier)}</del>}
            {r.before && " → "}
            <span className="font-medium text-emerald-800">{formatStoredValue(r.after.value, r.after.qualifier)}</span>
          </li>
        ))}
      </ol>
      {entry.sources.length > 0 && (
        <p className="text-slate-700">
          {t.admin.audit.actions.create} {t.admin.audit.entities.source}: {entry.sources.map((s) => `${s.publisher} — ${s.title}`).join("; ")}
        </p>
      )}
    </div>
  );
}
