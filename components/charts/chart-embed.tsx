import { ChartView } from "@/components/charts/chart-view";
import type { ChartSpec } from "@/lib/charts/spec";
import { sourceLines, unitText } from "@/lib/export/texts";
import { formatDate } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";

/**
 * One chart for another site's page (app/embed/): title, unit, the page's own chart drawing with its
 * tooltips, the sources, the data date and a link back to the chart's page. Nothing else: no
 * navigation, no menus; the only script is the chart's tooltip layer.
 */
export function ChartEmbed({ spec }: { spec: ChartSpec }) {
  const t = getDictionary();
  return (
    <main className="space-y-2 bg-white p-3" data-chart-figure={spec.model.id}>
      <h1 className="text-base font-semibold text-slate-900">{spec.title}</h1>
      <p className="text-xs text-slate-600">{unitText(spec.unit)}</p>
      <p className="sr-only">{t.panels.chartHint}</p>
      <ChartView model={spec.model} />
      <ul className="text-[11px] leading-4 text-slate-700">
        {sourceLines(spec.points).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="text-[11px] text-slate-700">
        {t.export.dataAsOf(formatDate(spec.dataAsOf))} ·{" "}
        <a href={spec.pagePath} target="_blank" rel="noopener" className="text-sky-800 underline">
          {t.meta.title}: {t.share.openFull}
        </a>
      </p>
    </main>
  );
}
