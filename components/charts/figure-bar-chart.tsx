"use client";

import { Bar, Brush, CartesianGrid, Cell, ComposedChart, Line, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartMark, ChartModel } from "@/lib/charts/model";
import { STATUS_STYLE, cssColour } from "@/lib/charts/theme";
import { formatTick } from "@/lib/format";

/**
 * The interactive view of a chart (zoom with the brush, crosshair, hover tooltips), loaded on
 * demand by components/charts/interactive-chart.tsx. It draws the same chart model as the page's
 * chart: the same value domain and ticks, tick format and colours, so switching views never
 * changes the scale.
 */

type Row = { key: string; label: string; at?: number } & Record<string, number | string | null | undefined>;

function TipBox({ marks }: { marks: ChartMark[] }) {
  if (!marks.length) return null;
  return (
    <div className="max-w-64 rounded-md border border-slate-200 bg-white p-2 text-xs shadow-md">
      {marks.map((m) => (
        <div key={m.id} className="mt-1 first:mt-0">
          <p className="font-semibold text-slate-900">{m.tip.heading}</p>
          <p className="font-semibold tabular-nums text-slate-900">{m.tip.value}</p>
          {m.tip.lines.map((l) => (
            <p key={l} className="text-slate-600">
              {l}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}

export function FigureBarChart({ model }: { model: ChartModel }) {
  // Every paint is a chart CSS variable (lib/charts/theme.ts), so the dark theme needs no script.
  const tick = { fontSize: 11, fill: cssColour("text") };
  const fmt = (v: number) => formatTick(v, model.value.decimals);
  const lines = { axisLine: { stroke: cssColour("axis") }, tickLine: { stroke: cssColour("axis") } };
  const valueAxis = { ...lines, domain: model.value.domain, ticks: model.value.ticks, tickFormatter: fmt, tick, allowDataOverflow: true } as const;
  const colourOf = new Map(model.series.map((s) => [s.key, cssColour(s.colour)]));
  const cursor = { stroke: cssColour("muted"), strokeDasharray: "3 3" };

  if (model.kind === "dots") {
    const time = model.time ?? { domain: [0, 1] as [number, number], ticks: [] };
    return (
      <ComposedChart responsive style={{ width: "100%", height: 300 }} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={cssColour("grid")} />
        <XAxis
          {...lines}
          type="number"
          dataKey="at"
          domain={time.domain}
          ticks={time.ticks.map((t) => t.at)}
          tickFormatter={(v: number) => String(new Date(v).getUTCFullYear())}
          tick={tick}
          allowDataOverflow
        />
        <YAxis type="number" dataKey="value" width={48} {...valueAxis} />
        <Tooltip cursor={cursor} content={(p) => <TipBox marks={(p.payload ?? []).map((x) => (x as { payload?: ChartMark }).payload).filter((m): m is ChartMark => !!m?.tip)} />} />
        {model.series.map((s) => (
          <Scatter key={s.key} name={s.label} data={model.marks.filter((m) => m.series === s.key)} fill={colourOf.get(s.key)} isAnimationActive={false} />
        ))}
      </ComposedChart>
    );
  }

  const rows: Row[] = model.slots.map((slot) => {
    const row: Row = { key: slot.key, label: slot.label };
    for (const s of model.series) {
      row[s.key] = model.marks.find((m) => m.slot === slot.key && m.series === s.key && !m.reference)?.value ?? null;
      row[`${s.key}:ref`] = model.marks.find((m) => m.slot === slot.key && m.series === s.key && m.reference)?.value ?? null;
    }
    return row;
  });
  const marksAt = (label: unknown) => {
    const slot = model.slots.find((s) => s.label === label);
    return slot ? model.marks.filter((m) => m.slot === slot.key) : [];
  };
  const horizontal = model.kind === "hbars";
  const bars = model.series.map((s) =>
    model.kind === "lines" ? (
      <Line
        key={s.key}
        type="linear"
        dataKey={s.key}
        name={s.label}
        stroke={colourOf.get(s.key)}
        strokeWidth={2}
        dot={{ r: 3, fill: colourOf.get(s.key) }}
        connectNulls={false}
        isAnimationActive={false}
      />
    ) : (
      <Bar key={s.key} dataKey={s.key} name={s.label} fill={colourOf.get(s.key)} isAnimationActive={false} maxBarSize={horizontal ? 16 : 34}>
        {rows.map((r) => {
          const m = model.marks.find((x) => x.slot === r.key && x.series === s.key && !x.reference);
          const st = STATUS_STYLE[m?.status ?? "actual"];
          return <Cell key={r.key} fill={colourOf.get(s.key)} stroke={colourOf.get(s.key)} fillOpacity={st.fillOpacity} strokeWidth={st.strokeWidth} strokeDasharray={st.strokeDasharray} />;
        })}
      </Bar>
    ),
  );
  const references = model.series.map((s) => <Scatter key={`${s.key}:ref`} dataKey={`${s.key}:ref`} name={s.label} fill={colourOf.get(s.key)} shape="cross" isAnimationActive={false} />);
  return (
    <ComposedChart
      responsive
      layout={horizontal ? "vertical" : "horizontal"}
      data={rows}
      style={{ width: "100%", height: horizontal ? Math.max(220, rows.length * 34 + 90) : 320 }}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} stroke={cssColour("grid")} />
      {horizontal ? (
        <>
          <XAxis type="number" {...valueAxis} />
          <YAxis {...lines} type="category" dataKey="label" width={150} tick={tick} interval={0} />
        </>
      ) : (
        <>
          <XAxis {...lines} dataKey="label" tick={tick} interval="preserveStartEnd" />
          <YAxis width={48} {...valueAxis} />
        </>
      )}
      <Tooltip cursor={cursor} content={(p) => (p.active ? <TipBox marks={marksAt(p.label)} /> : null)} />
      {bars}
      {references}
      {!horizontal && rows.length > 3 && <Brush dataKey="label" height={22} stroke={cssColour("gap")} fill={cssColour("background")} travellerWidth={8} />}
    </ComposedChart>
  );
}
