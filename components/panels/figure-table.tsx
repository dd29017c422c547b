import { StatusBadge } from "@/components/ui/status-badge";
import { SourceLink } from "@/components/ui/source-link";
import type { Figure, Gap } from "@/lib/figures";
import { formatValue, shortUnit } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import { staticMarkup } from "@/components/ui/static-markup";

type FigureTableProps = { caption: string; figures: Figure[]; gaps?: Gap[]; showIndicator?: boolean };

/**
 * The chart's twin: every figure behind the chart (including any a bar does not show),
 * with period, status, reporting side and source, plus the periods known to be unpublished.
 */
export function FigureTable(props: FigureTableProps) {
  // As markup: a long table of plain cells and links has nothing for React to hydrate (see static-markup.ts).
  return <div className="relative overflow-x-auto" dangerouslySetInnerHTML={{ __html: staticMarkup(<FigureTableBody {...props} />) }} />;
}

export function FigureTableBody({ caption, figures, gaps = [], showIndicator = false }: FigureTableProps) {
  const t = getDictionary();
  return (
    <table className="ftable w-full min-w-[20rem] text-left text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="font-medium">
            {t.figure.period}
          </th>
          <th scope="col" className="text-right font-medium">
            {t.figure.value}
          </th>
          <th scope="col" className="font-medium">
            {t.figure.status}
          </th>
          <th scope="col" className="font-medium">
            {t.figure.source}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id} data-figure-row={f.key}>
            <th scope="row">
              {showIndicator && <span className="sub">{f.indicatorName}</span>}
              {f.periodLabel}
              <span className="sub">{t.reporterShort[f.reporter]}</span>
            </th>
            <td className="num">
              {formatValue(f.value, f.qualifier)} <span className="font-normal text-slate-500">{shortUnit(f.unit)}</span>
            </td>
            <td>
              <StatusBadge status={f.status} />
            </td>
            <td>
              <SourceLink source={f.source} />
              {f.note && <span className="sub mt-0.5">{f.note}</span>}
            </td>
          </tr>
        ))}
        {gaps.map((g) => (
          <tr key={g.key} data-gap={g.key}>
            <th scope="row">
              {g.periodLabel}
              <span className="sub">{t.reporterShort[g.reporter]}</span>
            </th>
            <td className="text-right italic text-slate-500">{t.panels.notPublished}</td>
            <td />
            <td className="text-slate-500">{g.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
