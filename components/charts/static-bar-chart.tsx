import type { CSSProperties } from "react";
import type { ChartData, ChartMarker } from "@/lib/chart-data";
import { niceScale } from "@/lib/chart-scale";
import { STATUS_STYLE, seriesColour } from "@/lib/chart-style";
import type { ObservationStatus } from "@/lib/constants";
import { formatValue } from "@/lib/format";

export interface BarInfo {
  /** "547.6 mUSD" */
  value: string;
  /** Period, status, side and source, for the native tooltip and screen readers. */
  lines: string[];
}

interface Props {
  data: ChartData;
  unitLabel: string;
  bars: Record<number, BarInfo>;
  /** Per figure id: the page a bar opens (the indicator). */
  hrefs?: Record<number, string>;
  markers?: ChartMarker[];
  layout?: "horizontal" | "vertical";
  height?: number;
}

/** Status drawn with CSS the way the legend shows it: solid, lighter, dashed or dotted outline. */
function barStyle(colour: string, status: ObservationStatus, vertical: boolean, size: number): CSSProperties {
  const s = STATUS_STYLE[status];
  const border = s.strokeWidth ? `${Math.max(1.5, s.strokeWidth)}px ${s.strokeDasharray === "1 3" ? "dotted" : "dashed"} ${colour}` : undefined;
  return {
    [vertical ? "width" : "height"]: `${size}%`,
    background: `color-mix(in srgb, ${colour} ${Math.round(s.fillOpacity * 100)}%, transparent)`,
    border,
  };
}

/**
 * A bar chart rendered on the server as HTML and CSS: readable before any JavaScript runs,
 * responsive without measuring, and with no chart library in the page's JavaScript. Every bar
 * is a link to its indicator (keyboard included) and says its value, period, status and source.
 */
export function StaticBarChart({ data, unitLabel, bars, hrefs, markers = [], layout = "horizontal", height = 220 }: Props) {
  const values = data.rows.flatMap((r) => data.series.map((s) => r.cells[s.key]?.value ?? 0));
  const { max, ticks } = niceScale(Math.max(0, ...values));
  const pct = (v: number) => Math.max(0, Math.min(100, (v / max) * 100));
  const vertical = layout === "vertical";
  const longest = Math.max(0, ...data.rows.map((r) => r.label.length));
  const many = data.rows.length > 5 || longest > 12;

  const bar = (rowKey: string, seriesKey: string, seriesLabel: string, i: number) => {
    const row = data.rows.find((r) => r.key === rowKey)!;
    const cell = row.cells[seriesKey];
    if (!cell) return <span key={seriesKey} className={vertical ? "h-3" : "w-full max-w-8 flex-1"} aria-hidden="true" />;
    const colour = seriesColour(seriesKey, i);
    const info = bars[cell.figureId];
    const label = `${data.series.length > 1 ? `${seriesLabel}, ` : ""}${row.label}: ${info?.value ?? formatValue(cell.value)}${info ? `. ${info.lines.join(". ")}` : ""}`;
    const href = hrefs?.[cell.figureId];
    const className = vertical ? "bar-h" : "bar-v";
    const style = barStyle(colour, cell.status, vertical, pct(cell.value));
    const valueTag = !vertical && data.rows.length * data.series.length <= 12 && (
      <span className="absolute -top-4 left-1/2 -translate-x-1/2 whitespace-nowrap text-[10px] font-medium tabular-nums text-slate-700" aria-hidden="true">
        {formatValue(cell.value)}
      </span>
    );
    return href ? (
      <a key={seriesKey} href={href} title={label} className={className} style={style} data-bar={cell.figureId} data-status={cell.status}>
        {valueTag}
      </a>
    ) : (
      <span key={seriesKey} role="img" title={label} aria-label={label} className={className} style={style} data-bar={cell.figureId} data-status={cell.status}>
        {valueTag}
      </span>
    );
  };

  const legend = data.series.length > 1 && (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Series">
      {data.series.map((s, i) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: seriesColour(s.key, i) }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );

  if (vertical) {
    return (
      <div data-static-chart="vertical">
        {legend}
        <ol className="space-y-2">
          {data.rows.map((r) => (
            <li key={r.key} className="grid grid-cols-[7.5rem_1fr] items-center gap-2 text-xs">
              <span className="text-right text-slate-700">{r.label}</span>
              <span className="flex flex-col gap-0.5 border-l border-slate-300">{data.series.map((s, i) => bar(r.key, s.key, s.label, i))}</span>
            </li>
          ))}
        </ol>
        <div className="mt-1 grid grid-cols-[7.5rem_1fr] gap-2 text-[10px] text-slate-600" aria-hidden="true">
          <span />
          <span className="relative h-3">
            {ticks.map((tk) => (
              <span key={tk} className="absolute -translate-x-1/2 tabular-nums" style={{ left: `${pct(tk)}%` }}>
                {formatValue(tk)}
              </span>
            ))}
          </span>
        </div>
        <p className="mt-1 text-right text-[10px] text-slate-600">{unitLabel}</p>
      </div>
    );
  }

  return (
    <div data-static-chart="horizontal">
      {legend}
      {/* Room above the plot for value labels and document markers; bars and axis share one box. */}
      <div className="mt-6 flex gap-1">
        <div className="relative w-10 shrink-0 text-right text-[10px] text-slate-600" style={{ height }} aria-hidden="true">
          {ticks.map((tk) => (
            <span key={tk} className="absolute right-1 translate-y-1/2 tabular-nums" style={{ bottom: `${pct(tk)}%` }}>
              {formatValue(tk)}
            </span>
          ))}
        </div>
        <div className="relative flex-1 border-b border-l border-slate-300" style={{ height }}>
          {ticks.slice(1).map((tk) => (
            <span key={tk} className="absolute inset-x-0 border-t border-dashed border-slate-200" style={{ bottom: `${pct(tk)}%` }} aria-hidden="true" />
          ))}
          <ol className="absolute inset-0 flex items-end gap-1 px-1">
            {data.rows.map((r) => {
              const marker = markers.find((m) => m.x === r.label);
              return (
                <li key={r.key} className="relative flex h-full flex-1 items-end justify-center gap-0.5">
                  {marker && (
                    <>
                      <span className="absolute inset-y-0 left-1/2 border-l border-dashed border-orange-700/60" aria-hidden="true" />
                      <a href={marker.href} title={marker.title} aria-label={`Document: ${marker.title}`} className="absolute -top-5 left-1/2 z-10 -translate-x-1/2 text-xs leading-none text-orange-800 hover:underline">
                        {marker.label}
                      </a>
                    </>
                  )}
                  {data.series.map((s, i) => bar(r.key, s.key, s.label, i))}
                </li>
              );
            })}
          </ol>
        </div>
      </div>
      <ol className="ml-11 mt-1 flex gap-1 px-1 text-[10px] text-slate-700" aria-hidden="true" style={many ? { height: `${Math.min(96, 12 + longest * 3.6)}px` } : undefined}>
        {data.rows.map((r) => (
          <li key={r.key} className="relative min-w-0 flex-1 text-center">
            {many ? (
              // Slanted labels end under their bar and run left and down, so they never push the page wider.
              <span className="absolute right-1/2 top-0 origin-top-right -rotate-[35deg] whitespace-nowrap">{r.label}</span>
            ) : (
              r.label
            )}
          </li>
        ))}
      </ol>
      <p className="text-[10px] text-slate-600">{unitLabel}</p>
    </div>
  );
}
