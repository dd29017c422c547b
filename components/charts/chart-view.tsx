import { ChartInteractions } from "@/components/charts/chart-interactions";
import { ChartSvg } from "@/components/charts/chart-svg";
import { Static } from "@/components/ui/static-html";
import type { ChartModel } from "@/lib/charts/model";

/**
 * A chart on the page: the narrow and the wide drawing of one chart model (the container's
 * width picks one, without measuring), one Tab stop, and the tooltip and keyboard layer.
 * The drawings go in as static markup, once per page load (see components/ui/static-html.tsx):
 * React neither hydrates their hundreds of elements nor sends them twice.
 */
export function ChartView({ model }: { model: ChartModel }) {
  return (
    <div className="relative @container">
      <div tabIndex={0} role="img" aria-label={model.description} className="chart-root lazy-render rounded-sm" data-chart={model.id}>
        <Static className="@lg:hidden">
          <ChartSvg model={model} variant="narrow" />
        </Static>
        <Static className="hidden @lg:block">
          <ChartSvg model={model} variant="wide" />
        </Static>
      </div>
      <ChartInteractions />
    </div>
  );
}
