import { ChartInteractions } from "@/components/charts/chart-interactions";
import { ChartSvg } from "@/components/charts/chart-svg";
import { staticMarkup } from "@/components/ui/static-markup";
import type { ChartModel } from "@/lib/charts/model";

/**
 * A chart on the page: the narrow and the wide drawing of one chart model (the container's
 * width picks one, without measuring), one Tab stop, and the tooltip and keyboard layer.
 * The drawings go in as markup: React then neither hydrates their hundreds of elements nor
 * encodes them one by one in the page's data (see components/ui/static-markup.ts).
 */
export function ChartView({ model }: { model: ChartModel }) {
  return (
    <div className="relative @container">
      <div tabIndex={0} role="img" aria-label={model.description} className="chart-root lazy-render rounded-sm" data-chart={model.id}>
        <div className="@lg:hidden" dangerouslySetInnerHTML={{ __html: staticMarkup(<ChartSvg model={model} variant="narrow" />) }} />
        <div className="hidden @lg:block" dangerouslySetInnerHTML={{ __html: staticMarkup(<ChartSvg model={model} variant="wide" />) }} />
      </div>
      <ChartInteractions />
    </div>
  );
}
