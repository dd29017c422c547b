"use client";

import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartData } from "@/lib/chart-data";
import { STATUS_STYLE, seriesColour } from "@/lib/chart-style";

export interface TooltipInfo {
  value: string;
  lines: string[];
}

interface Props {
  data: ChartData;
  unitLabel: string;
  /** Per figure id: the formatted value and its period, status and source, so the tooltip cites like the page does. */
  tooltips: Record<number, TooltipInfo>;
  height?: number;
  /** "vertical" draws horizontal bars, for long category labels such as "as of Mar 2024 (Trend)". */
  layout?: "horizontal" | "vertical";
}

type Row = { label: string } & Record<string, number | string | null>;

interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ dataKey?: unknown; name?: unknown }>;
  label?: unknown;
  tooltips: Props["tooltips"];
  data: ChartData;
}

function ChartTooltip({ active, payload, label, tooltips, data }: TooltipProps) {
  if (!active || !payload?.length) return null;
  const row = data.rows.find((r) => r.label === label);
  return (
    <div className="max-w-64 rounded-md border border-slate-200 bg-white p-2 text-xs shadow-md">
      <p className="font-semibold text-slate-900">{String(label)}</p>
      {payload.map((p) => {
        const cell = row?.cells[String(p.dataKey)];
        const info = cell ? tooltips[cell.figureId] : undefined;
        if (!info) return null;
        return (
          <div key={String(p.dataKey)} className="mt-1">
            <p className="text-slate-800">
              {String(p.name)}: <span className="font-semibold">{info.value}</span>
            </p>
            {info.lines.map((l) => (
              <p key={l} className="text-slate-600">
                {l}
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}

/** A bar chart of sourced figures; each bar is drawn by its status so an estimate never looks like an outturn. */
/**
 * The interactive view of a chart (hover tooltips, arrow-key navigation): loaded on demand by
 * components/charts/interactive-chart.tsx; pages draw their charts on the server.
 */
export function FigureBarChart({ data, unitLabel, tooltips, height, layout = "horizontal" }: Props) {
  const rows: Row[] = data.rows.map((r) => {
    const row: Row = { label: r.label };
    for (const s of data.series) row[s.key] = r.cells[s.key]?.value ?? null;
    return row;
  });
  const vertical = layout === "vertical";
  const longest = Math.max(0, ...rows.map((r) => r.label.length));
  const angled = !vertical && (rows.length > 5 || rows.length * longest > 48);
  const chartHeight = height ?? (vertical ? Math.max(200, rows.length * data.series.length * 18 + rows.length * 10 + 70) : 260);
  const tick = { fontSize: 11, fill: "#334155" };
  return (
    <BarChart responsive layout={vertical ? "vertical" : "horizontal"} data={rows} style={{ width: "100%", height: chartHeight }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={vertical} horizontal={!vertical} stroke="#e2e8f0" />
      {vertical ? (
        <>
          <XAxis type="number" tick={tick} label={{ value: unitLabel, position: "insideBottomRight", offset: -2, fontSize: 11, fill: "#475569" }} />
          <YAxis type="category" dataKey="label" tick={tick} width={130} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={tick} interval={0} angle={angled ? -30 : 0} textAnchor={angled ? "end" : "middle"} height={angled ? Math.min(110, 20 + longest * 4.5) : 30} />
          <YAxis tick={tick} width={48} label={{ value: unitLabel, angle: -90, position: "insideLeft", fontSize: 11, fill: "#475569", dy: 40 }} />
        </>
      )}
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} label={p.label} tooltips={tooltips} data={data} />} cursor={{ fill: "#f1f5f9" }} />
      {data.series.length > 1 && <Legend verticalAlign="top" align="left" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />}
      {data.series.map((s, i) => {
        const colour = seriesColour(s.key, i);
        return (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={colour} stroke={colour} isAnimationActive={false} maxBarSize={vertical ? 16 : 48}>
            {data.rows.map((r) => {
              const cell = r.cells[s.key];
              const style = STATUS_STYLE[cell?.status ?? "actual"];
              return <Cell key={r.key} fill={colour} stroke={colour} fillOpacity={style.fillOpacity} strokeWidth={style.strokeWidth} strokeDasharray={style.strokeDasharray} />;
            })}
          </Bar>
        );
      })}
    </BarChart>
  );
}
