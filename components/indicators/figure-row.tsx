import { SourceLink } from "@/components/ui/source-link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ListedFigure } from "@/lib/figures";
import { formatValue, shortUnit } from "@/lib/format";
import { getDictionary, type Locale } from "@/lib/i18n";
import { ContentText } from "@/components/i18n/in-english";

/** One row of an indicator's figure table: the server renders the first page with it, the "more" button (a client component, which passes its `locale`) the next ones. */
export function IndicatorFigureRow({ f, locale }: { f: ListedFigure; locale?: Locale }) {
  const t = getDictionary(locale);
  return (
    <tr id={`obs-${f.key}`} className="border-b border-slate-100 align-top" data-figure-row={f.key}>
      <th scope="row" className="py-2 pr-3 font-normal">
        {f.periodLabel}
      </th>
      <td className="py-2 pr-3 text-right font-semibold tabular-nums">
        {formatValue(f.value, f.qualifier)} <span className="font-normal text-slate-500">{shortUnit(f.unit)}</span>
      </td>
      <td className="py-2 pr-3">
        <StatusBadge status={f.status} locale={locale} />
      </td>
      <td className="py-2 pr-3">{t.reporter[f.reporter]}</td>
      {/* Each source link a 24 px target: a figure with corroborating sources stacks several. */}
      <td className="py-2 pr-3 text-xs [&_.src-link]:inline-block [&_.src-link]:py-1">
        <SourceLink source={f.source} locale={locale} />
        {f.alsoIn.map((s) => (
          <span key={s.id} className="block">
            {t.indicator.alsoIn} <SourceLink source={s} locale={locale} />
          </span>
        ))}
        {f.note && <ContentText className="mt-1 block text-slate-600" text={f.note} page={locale} />}
      </td>
      <td className="py-2 pr-3 text-xs">{t.confidence[f.confidence]}</td>
    </tr>
  );
}
