import type { ChartSpec } from "@/lib/charts/spec";
import { Static } from "@/components/ui/static-html";
import { sourceLines } from "@/lib/export/texts";

/**
 * The sources of a chart's drawn figures, one line each with its address: printed under the
 * chart (on screen the tooltip and the figure table carry them). The same lines as the export frame's.
 */
export function ChartSources({ spec }: { spec: Pick<ChartSpec, "points"> }) {
  const lines = new Map<string, string | null>();
  for (const p of spec.points) {
    const [line] = sourceLines([p]);
    if (line && !lines.has(line)) lines.set(line, p.source.url);
  }
  return (
    <Static>
      <ul className="print-only chart-sources">
        {[...lines].map(([line, url]) => (
          <li key={line}>{url ? <a href={url}>{line}</a> : line}</li>
        ))}
      </ul>
    </Static>
  );
}
