import { ChartInteractions } from "@/components/charts/chart-interactions";
import { ChartSvg } from "@/components/charts/chart-svg";
import type { ChartModel } from "@/lib/charts/model";

/**
 * A chart on the page: the narrow and the wide drawing of one chart model (the container's
 * width picks one, without measuring), one Tab stop, and the tooltip and keyboard layer.
 */
export function ChartView({ model }: { model: ChartModel }) {
  return (
    <div className="relative @container">
      <div tabIndex={0} role="img" aria-label={model.description} className="chart-root rounded-sm" data-chart={model.id}>
        <div className="@lg:hidden">
          <ChartSvg model={model} variant="narrow" />
        </div>
        <div className="hidden @lg:block">
          <ChartSvg model={model} variant="wide" />
        </div>
      </div>
      <ChartInteractions />
    </div>
  );
}
