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
 * responsive without measuring, and with no chart library in the page's JavaScript. Each
 * category (or, in horizontal bars, each bar) is a link to its indicator, keyboard included,
 * whose name gives the values with period, status and source.
 */
export function StaticBarChart({ data, unitLabel, bars, hrefs, markers = [], layout = "horizontal", height = 220 }: Props) {
  const values = data.rows.flatMap((r) => data.series.map((s) => r.cells[s.key]?.value ?? 0));
  const { max, ticks } = niceScale(Math.max(0, ...values));
  const pct = (v: number) => Math.max(0, Math.min(100, (v / max) * 100));
  const vertical = layout === "vertical";
  const longest = Math.max(0, ...data.rows.map((r) => r.label.length));
  const many = data.rows.length > 5 || longest > 12;

  const infoFor = (row: ChartData["rows"][number], seriesKey: string, seriesLabel: string) => {
    const cell = row.cells[seriesKey];
    if (!cell) return null;
    const info = bars[cell.figureId];
    const value = info?.value ?? formatValue(cell.value);
    return `${data.series.length > 1 ? `${seriesLabel} ` : ""}${value}${info ? ` (${info.lines.join("; ")})` : ""}`;
  };

  /** One drawn bar: a span, so links (the category or the row) can be large enough to hit. */
  const bar = (row: ChartData["rows"][number], seriesKey: string, i: number) => {
    const cell = row.cells[seriesKey];
    if (!cell) return <span key={seriesKey} className={vertical ? "h-3" : "w-full max-w-8 flex-1"} aria-hidden="true" />;
    const colour = seriesColour(seriesKey, i);
    return (
      <span key={seriesKey} className={vertical ? "bar-h" : "bar-v"} style={barStyle(colour, cell.status, vertical, pct(cell.value))} data-bar={cell.figureId} data-status={cell.status}>
        {!vertical && data.rows.length * data.series.length <= 12 && (
          <span className="absolute -top-4 left-1/2 -translate-x-1/2 whitespace-nowrap text-[10px] font-medium tabular-nums text-slate-700">{formatValue(cell.value)}</span>
        )}
      </span>
    );
  };

  /** A category's bars, wrapped in one link when they open one page; its name carries every value shown. */
  const column = (row: ChartData["rows"][number]) => {
    const label = `${row.label}: ${data.series
      .map((s) => infoFor(row, s.key, s.label))
      .filter(Boolean)
      .join("; ")}`;
    const targets = new Set(data.series.map((s) => row.cells[s.key]).flatMap((c) => (c && hrefs?.[c.figureId] ? [hrefs[c.figureId]!] : [])));
    const inner = data.series.map((s, i) => bar(row, s.key, i));
    const className = "relative z-0 flex h-full w-full items-end justify-center gap-0.5 rounded-sm outline-offset-2 hover:bg-slate-100/70 focus-visible:outline-2";
    return targets.size === 1 ? (
      <a href={[...targets][0]} className={className} title={label} aria-label={label} data-column={row.key}>
        {inner}
      </a>
    ) : (
      <span role="img" className={className} title={label} aria-label={label} data-column={row.key}>
        {inner}
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
              <span className="flex flex-col border-l border-slate-300">
                {data.series.map((s, i) => {
                  const cell = r.cells[s.key];
                  const href = cell ? hrefs?.[cell.figureId] : undefined;
                  const label = `${r.label}: ${infoFor(r, s.key, s.label) ?? ""}`;
                  // Each bar's link is a full-width 24 px row, a target big enough to hit on a phone.
                  return cell && href ? (
                    <a key={s.key} href={href} title={label} aria-label={label} className="flex h-6 items-center outline-offset-1 hover:bg-slate-100/70 focus-visible:outline-2">
                      {bar(r, s.key, i)}
                    </a>
                  ) : (
                    <span key={s.key} role={cell ? "img" : undefined} title={cell ? label : undefined} aria-label={cell ? label : undefined} className="flex h-6 items-center">
                      {bar(r, s.key, i)}
                    </span>
                  );
                })}
              </span>
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
      {/* Room above the plot for value labels, and above those for document markers, so a marker
          never covers the value of a bar that reaches the top of the scale; bars and axis share one box. */}
      <div className={`${markers.length ? "mt-11" : "mt-6"} flex gap-1`}>
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
                <li key={r.key} className="relative flex h-full flex-1">
                  {marker && (
                    <>
                      <span className="pointer-events-none absolute -top-5 bottom-0 left-1/2 z-10 border-l border-dashed border-orange-700/60" aria-hidden="true" />
                      <a href={marker.href} title={marker.title} data-marker="" className="absolute -top-11 left-1/2 z-10 flex h-6 min-w-6 -translate-x-1/2 items-center justify-center text-xs leading-none text-orange-800 hover:underline">
                        <span aria-hidden="true">{marker.label}</span>
                        <span className="sr-only">Signed document: {marker.title}</span>
                      </a>
                    </>
                  )}
                  {column(r)}
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
