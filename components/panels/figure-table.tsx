import { StatusBadge } from "@/components/ui/status-badge";
import { SourceLink } from "@/components/ui/source-link";
import type { Figure, Gap } from "@/lib/figures";
import { formatValue, shortUnit } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";

/**
 * The chart's twin: every figure behind the chart (including any a bar does not show),
 * with period, status, reporting side and source, plus the periods known to be unpublished.
 */
export function FigureTable({ caption, figures, gaps = [], showIndicator = false }: { caption: string; figures: Figure[]; gaps?: Gap[]; showIndicator?: boolean }) {
  const t = getDictionary();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[20rem] text-left text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-1.5 pr-2 font-medium">{t.figure.period}</th>
            <th scope="col" className="py-1.5 pr-2 text-right font-medium">{t.figure.value}</th>
            <th scope="col" className="py-1.5 pr-2 font-medium">{t.figure.status}</th>
            <th scope="col" className="py-1.5 pr-2 font-medium">{t.figure.source}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id} className="border-b border-slate-100 align-top" data-figure-row={f.key}>
              <th scope="row" className="py-1.5 pr-2 font-normal text-slate-800">
                {showIndicator && <span className="block text-slate-500">{f.indicatorName}</span>}
                {f.periodLabel}
                <span className="block text-slate-500">{t.reporterShort[f.reporter]}</span>
              </th>
              <td className="py-1.5 pr-2 text-right font-semibold tabular-nums text-slate-900">
                {formatValue(f.value, f.qualifier)} <span className="font-normal text-slate-500">{shortUnit(f.unit)}</span>
              </td>
              <td className="py-1.5 pr-2">
                <StatusBadge status={f.status} />
              </td>
              <td className="py-1.5 pr-2">
                <SourceLink source={f.source} />
                {f.note && <span className="mt-0.5 block text-slate-500">{f.note}</span>}
              </td>
            </tr>
          ))}
          {gaps.map((g) => (
            <tr key={g.key} className="border-b border-slate-100 align-top" data-gap={g.key}>
              <th scope="row" className="py-1.5 pr-2 font-normal text-slate-800">
                {g.periodLabel}
                <span className="block text-slate-500">{t.reporterShort[g.reporter]}</span>
              </th>
              <td className="py-1.5 pr-2 text-right italic text-slate-500">{t.panels.notPublished}</td>
              <td className="py-1.5 pr-2" />
              <td className="py-1.5 pr-2 text-slate-500">{g.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
