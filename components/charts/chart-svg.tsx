import type { ReactNode } from "react";
import { scaleLinear } from "d3-scale";
import type { ChartGapMark, ChartMark, ChartModel, LegendItem, MarkShape } from "@/lib/charts/model";
import { textWidth, wrapText } from "@/lib/charts/text";
import { STATUS_STYLE, cssColour, type ChartColour } from "@/lib/charts/theme";
import { formatTick } from "@/lib/format";

/**
 * The one chart component: draws a chart model as SVG. Pure (no hooks, no browser APIs), so it
 * renders as a server component with no JavaScript, and the export frame wraps this same SVG
 * (taken from the page) for the SVG and PNG files. Colours are CSS variables from
 * lib/charts/theme.ts; the export swaps them for literal values.
 *
 * Geometry is fixed per width (a viewBox per breakpoint): text keeps its size relative to the
 * drawing, and the page shows the narrow or the wide drawing by container width, without measuring.
 */
export const CHART_WIDTHS = { narrow: 340, wide: 640 } as const;
export type ChartVariant = keyof typeof CHART_WIDTHS;

// The drawing's own font size, set once on <svg> (ticks, labels and the legend inherit it); value
// labels get theirs from the marks layer. Inheritance keeps each of hundreds of texts short.
const TEXT = 11;
const TICK = TEXT;
const LABEL = TEXT;
const LEGEND = TEXT;
const VALUE = 10.5;
const NOTE = 10.5;
const LEGEND_ROW = 17;

const paint = (c: ChartColour) => cssColour(c);

function roundN(n: number): number {
  return Math.round(n * 10) / 10;
}

interface Block {
  node: ReactNode;
  height: number;
}

/**
 * What every mark of one drawing shares: whether it carries the tooltip text (the wide drawing
 * does, for both) and the link the <svg> carries for all marks when they share one.
 */
interface DrawingContext {
  tips: boolean;
  href: string | undefined;
}

/** A text's lines: a single line as plain text, more as tspans `dy` apart. */
function Lines({ lines, x, dy }: { lines: string[]; x: number; dy: number }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <>
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : dy}>
          {l}
        </tspan>
      ))}
    </>
  );
}

/** The layer of marks: value labels' size and centring set once. */
function MarksLayer({ children }: { children: ReactNode }) {
  return (
    <g fontSize={VALUE} textAnchor="middle">
      {children}
    </g>
  );
}

function Swatch({ item, x, y, id }: { item: LegendItem; x: number; y: number; id: string }) {
  switch (item.kind) {
    case "series":
      return <rect x={x} y={y + 2} width={11} height={11} rx={2} fill={paint(item.colour)} />;
    case "shape":
      return <Shape shape={item.shape} cx={x + 5.5} cy={y + 7.5} colour="muted" reference={false} />;
    case "status": {
      const st = STATUS_STYLE[item.status];
      const reference = item.status === "plan" || item.status === "target";
      return reference ? (
        <line x1={x} x2={x + 14} y1={y + 7.5} y2={y + 7.5} strokeWidth={2} strokeDasharray={st.strokeDasharray} stroke={paint("muted")} />
      ) : (
        <rect
          x={x + 0.75}
          y={y + 2.75}
          width={12.5}
          height={9.5}
          fillOpacity={st.fillOpacity}
          strokeWidth={st.strokeWidth || 0}
          strokeDasharray={st.strokeDasharray}
          fill={paint("muted")}
          stroke={paint("muted")}
        />
      );
    }
    case "low":
      return (
        <>
          <rect x={x} y={y + 2} width={14} height={11} fill={paint("muted")} />
          <rect x={x} y={y + 2} width={14} height={11} fill={`url(#${id}-hatch)`} />
        </>
      );
    case "gap-recorded":
      return <rect x={x + 0.5} y={y + 5.5} width={13} height={7} fill={`url(#${id}-gap)`} strokeWidth={1} stroke={paint("gap")} />;
    case "gap-none":
      return <rect x={x + 0.5} y={y + 5.5} width={13} height={7} fill="none" strokeWidth={1} strokeDasharray="2 2" stroke={paint("gap")} />;
    case "alternative":
    case "marker":
      return null;
  }
}

/** Legend items flowing left to right, wrapping; long labels wrap within the line. */
function legendBlock(items: LegendItem[], width: number, top: number, id: string): Block {
  const parts: ReactNode[] = [];
  let x = 0;
  let y = top;
  let rowHeight = LEGEND_ROW;
  items.forEach((item, i) => {
    const swatch = item.kind === "alternative" || item.kind === "marker" ? 0 : 18;
    const lines = wrapText(item.label, width - swatch, LEGEND);
    const w = swatch + Math.max(...lines.map((l) => textWidth(l, LEGEND)));
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
      rowHeight = LEGEND_ROW;
    }
    rowHeight = Math.max(rowHeight, lines.length * 14 + 3);
    parts.push(
      <g key={i} data-legend-item={item.kind}>
        <Swatch item={item} x={x} y={y} id={id} />
        <text x={roundN(x + swatch)} y={y + 11.5} fill={item.kind === "marker" ? paint("marker") : undefined} data-role="legend">
          <Lines lines={lines} x={roundN(x + swatch)} dy={14} />
        </text>
      </g>,
    );
    x += w + 14;
  });
  return { node: <g data-role="legend-block">{parts}</g>, height: items.length ? y - top + rowHeight + 6 : 0 };
}

function Shape({ shape, cx, cy, colour, reference, status }: { shape: MarkShape; cx: number; cy: number; colour: ChartColour; reference: boolean; status?: ChartMark["status"] }) {
  const st = status ? STATUS_STYLE[status] : STATUS_STYLE.actual;
  const opacity = Math.max(st.fillOpacity, 0.25);
  const paints = reference ? { fill: paint("background"), stroke: paint(colour) } : { fill: paint(colour), stroke: paint(colour), fillOpacity: opacity === 1 ? undefined : opacity };
  const common = { strokeWidth: reference || st.strokeWidth ? 1.75 : undefined, strokeDasharray: reference ? st.strokeDasharray : undefined, ...paints };
  if (shape === "square") return <rect x={roundN(cx - 4.25)} y={roundN(cy - 4.25)} width={8.5} height={8.5} {...common} />;
  if (shape === "triangle") return <polygon points={`${roundN(cx)},${roundN(cy - 5.5)} ${roundN(cx + 5)},${roundN(cy + 3.5)} ${roundN(cx - 5)},${roundN(cy + 3.5)}`} {...common} />;
  return <circle cx={roundN(cx)} cy={roundN(cy)} r={4.75} {...common} />;
}

/** The text of a mark's value label: value, footnote letter, and † when another figure exists. */
function ValueText({ mark, x, y, anchor = "middle", rotate = false }: { mark: ChartMark; x: number; y: number; anchor?: "start" | "middle" | "end"; rotate?: boolean }) {
  // Size, colour and centring come from the marks layer and the <svg>.
  const textAnchor = rotate ? "start" : anchor === "middle" ? undefined : anchor;
  return (
    <text
      x={roundN(x)}
      y={roundN(y)}
      textAnchor={textAnchor}
      transform={rotate ? `rotate(-90 ${roundN(x)} ${roundN(y)})` : undefined}
      dominantBaseline={rotate ? "central" : undefined}
      data-role="value"
    >
      {mark.reference ? `${mark.statusLabel} ` : ""}
      {mark.label}
      {mark.footnote && (
        <tspan fontSize={VALUE - 2} dy={-4}>
          {mark.footnote}
        </tspan>
      )}
      {mark.alternatives > 0 && <tspan dy={mark.footnote ? 0 : -3}>†</tspan>}
    </text>
  );
}

/** The link a mark carries: none when the <svg> carries the same for all, "" to say "none" where it carries one. */
function ownHref(href: string | undefined, ctx: DrawingContext): string | undefined {
  if (ctx.href === undefined) return href;
  return href === ctx.href ? undefined : (href ?? "");
}

/**
 * A mark's interactive group. It has no hit area of its own: the interaction layer gives the
 * pointer to the nearest mark of the plot (components/charts/chart-interactions.tsx), which is a
 * larger target than any rectangle here and costs no markup. The tooltip's text is carried once
 * per chart, by the wide drawing (`tips`); the narrow one finds it there by the mark's id.
 */
function MarkGroup({ item, ctx, children }: { item: ChartMark | ChartGapMark; ctx: DrawingContext; children: ReactNode }) {
  const href = "href" in item ? item.href : undefined;
  // A value mark has no kind: it is most marks, and the default.
  const kind = !("figureId" in item) ? "gap" : item.reference ? "reference" : undefined;
  return (
    <g
      data-mark={item.id}
      data-mark-kind={kind}
      data-tip-heading={ctx.tips ? item.tip.heading : undefined}
      data-tip-value={ctx.tips ? item.tip.value : undefined}
      data-tip-lines={ctx.tips ? item.tip.lines.join("\n") : undefined}
      data-href={ownHref(href, ctx)}
    >
      {children}
    </g>
  );
}

/** A signed-document marker (◆): a dashed line down to the axis, its documents in the tooltip. */
/** The marker's dashed line down to the axis, drawn behind the marks so it never crosses a value label's text. */
function MarkerLine({ x, top, bottom }: { x: number; top: number; bottom: number }) {
  return <line x1={roundN(x)} x2={roundN(x)} y1={top + 8} y2={bottom} strokeDasharray="2 3" strokeOpacity={0.6} stroke={paint("markerLine")} data-role="marker-line" />;
}

function MarkerMark({ marker, x, top, ctx }: { marker: ChartModel["markers"][number]; x: number; top: number; ctx: DrawingContext }) {
  return (
    <g
      data-role="marker"
      data-mark={marker.id}
      data-mark-kind="marker"
      data-tip-heading={ctx.tips ? marker.tip.heading : undefined}
      data-tip-value={ctx.tips ? marker.tip.value : undefined}
      data-tip-lines={ctx.tips ? marker.tip.lines.join("\n") : undefined}
      data-href={ownHref(undefined, ctx)}
    >
      <rect className="chart-hit" x={roundN(x - 9)} y={top - 10} width={18} height={20} />
      <text x={roundN(x)} y={top + 2} fontSize={LABEL} fill={paint("marker")} data-role="marker-label">
        {marker.label}
      </text>
    </g>
  );
}

function Bar({ mark, x, y, w, h, colour, id }: { mark: ChartMark; x: number; y: number; w: number; h: number; colour: ChartColour; id: string }) {
  const st = STATUS_STYLE[mark.status];
  const inset = st.strokeWidth / 2;
  const box = { x: roundN(x + inset), y: roundN(y + inset), width: roundN(Math.max(0, w - 2 * inset)), height: roundN(Math.max(0, h - 2 * inset)) };
  return (
    <>
      <rect
        {...box}
        fillOpacity={st.fillOpacity === 1 ? undefined : st.fillOpacity}
        strokeWidth={st.strokeWidth || undefined}
        strokeDasharray={st.strokeDasharray}
        fill={paint(colour)}
        stroke={st.strokeWidth ? paint(colour) : undefined}
        data-status={mark.status === "actual" ? undefined : mark.status}
      />
      {mark.lowConfidence && <rect {...box} fill={`url(#${id}-hatch)`} data-low="" />}
    </>
  );
}

function GapStub({ gap, x, baseline, w, id }: { gap: ChartGapMark; x: number; baseline: number; w: number; id: string }) {
  const h = 12;
  return gap.recorded ? (
    <rect x={roundN(x + 0.5)} y={roundN(baseline - h)} width={roundN(Math.max(2, w - 1))} height={h} fill={`url(#${id}-gap)`} stroke={paint("gap")} data-gap="recorded" />
  ) : (
    <rect x={roundN(x + 0.5)} y={roundN(baseline - h)} width={roundN(Math.max(2, w - 1))} height={h} fill="none" strokeDasharray="2 2" stroke={paint("gap")} data-gap="none" />
  );
}

function footnoteBlock(model: ChartModel, width: number, top: number): Block {
  const lines = model.footnotes.flatMap((f) => wrapText(f.text, width, NOTE));
  return {
    node: (
      <g data-role="footnotes" fontSize={NOTE} fill={paint("muted")}>
        {lines.map((l, i) => (
          <text key={i} x={0} y={top + 12 + i * 14} data-role="footnote">
            {l}
          </text>
        ))}
      </g>
    ),
    height: lines.length ? lines.length * 14 + 8 : 0,
  };
}

function valueAxis(model: ChartModel) {
  const fmt = (v: number) => formatTick(v, model.value.decimals);
  return { fmt, width: Math.max(...model.value.ticks.map((t) => textWidth(fmt(t), TICK))) + 6 };
}

/** The frame of a plot over a vertical value axis: its box, with room above for the unit and any document markers. */
function verticalPlot(model: ChartModel, width: number, top: number, rightPad: number) {
  const axis = valueAxis(model);
  const plotLeft = axis.width + 2;
  const markerRoom = model.markers.length ? 20 : 0;
  const plotTop = top + 18 + markerRoom;
  const plotHeight = width < 500 ? 180 : 220;
  const plotBottom = plotTop + plotHeight;
  const y = scaleLinear().domain(model.value.domain).range([plotBottom, plotTop]);
  return { axis, plotLeft, plotRight: width - rightPad, markerRoom, plotTop, plotHeight, plotBottom, y };
}

/** The unit above a vertical value axis, its gridlines and tick labels (columns, lines and dots share it). */
function verticalValueAxis(model: ChartModel, fmt: (v: number) => string, y: (v: number) => number, plotLeft: number, plotRight: number, top: number): ReactNode[] {
  return [
    <text key="unit" x={0} y={top + 11} fill={paint("muted")} data-role="unit">
      {model.axisUnit}
    </text>,
    ...model.value.ticks.flatMap((t) => {
      const ty = roundN(y(t));
      return [
        <line key={`g${t}`} x1={plotLeft} x2={plotRight} y1={ty} y2={ty} strokeDasharray={t === 0 ? undefined : "3 3"} stroke={paint(t === 0 ? "axis" : "grid")} data-role="grid" />,
        <text key={`t${t}`} x={plotLeft - 5} y={roundN(ty + TICK * 0.35)} textAnchor="end" data-role="tick">
          {fmt(t)}
        </text>,
      ];
    }),
  ];
}

function columns(model: ChartModel, width: number, top: number, id: string, ctx: DrawingContext): Block {
  const parts: ReactNode[] = [];
  const { axis, plotLeft, plotRight, markerRoom, plotTop, plotHeight, plotBottom, y } = verticalPlot(model, width, top, 4);
  const years = model.slots.filter((s) => s.section === "year");
  const partial = model.slots.filter((s) => s.section === "partial");
  const sep = partial.length ? 0.8 : 0;
  // A part-year slot is as wide as its longest word needs ("Jan–Oct"), so its label never runs into the next.
  const widest = Math.max(0, ...partial.flatMap((s) => s.label.split(" ").map((w) => textWidth(w, LABEL) + 6)));
  const plotW = plotRight - plotLeft;
  let slotW = plotW / Math.max(1, years.length + partial.length + sep);
  let partialW = slotW;
  if (widest > slotW && years.length) {
    partialW = widest;
    slotW = (plotW - partial.length * widest) / (years.length + sep);
  }
  const slotX = (i: number) => plotLeft + (i < years.length ? i * slotW : (years.length + sep) * slotW + (i - years.length) * partialW);
  const widthOf = (i: number) => (i < years.length ? slotW : partialW);
  const sectionSeries = (section: "year" | "partial") => {
    const keys = new Set(model.slots.filter((s) => s.section === section).map((s) => s.key));
    return model.series.filter((s) => model.marks.some((m) => m.series === s.key && m.slot && keys.has(m.slot)) || model.gaps.some((g) => g.series === s.key && keys.has(g.slot))).map((s) => s.key);
  };
  const seriesOf = { year: sectionSeries("year"), partial: sectionSeries("partial"), band: [] as string[] };
  const colourOf = new Map(model.series.map((s) => [s.key, s.colour]));

  parts.push(...verticalValueAxis(model, axis.fmt, y, plotLeft, plotRight, top));
  if (partial.length) {
    const sx = slotX(years.length) - (sep * slotW) / 2;
    parts.push(<line key="sep" x1={roundN(sx)} x2={roundN(sx)} y1={plotTop - 6} y2={plotBottom + 4} strokeDasharray="4 3" stroke={paint("axis")} />);
  }

  const everyOther = textWidth("2020", LABEL) + 4 > slotW;
  let labelLines = 1;
  const marksLayer: ReactNode[] = [];
  const points = new Map<string, { x: number; y: number }>();
  model.slots.forEach((slot, i) => {
    const x0 = slotX(i);
    const slotWidth = widthOf(i);
    const section = slot.section === "partial" ? "partial" : "year";
    const series = seriesOf[section];
    const k = Math.max(1, series.length);
    const barW = Math.min((slotW * 0.8) / k, 34);
    const groupLeft = x0 + (slotWidth - barW * k) / 2;
    const colW = slotWidth / k;
    series.forEach((s, j) => {
      const bx = groupLeft + j * barW;
      const colour = colourOf.get(s) ?? "single";
      const bar = model.marks.find((m) => m.slot === slot.key && m.series === s && !m.reference);
      const ref = model.marks.find((m) => m.slot === slot.key && m.series === s && m.reference);
      const gap = model.gaps.find((g) => g.slot === slot.key && g.series === s);
      const zero = y(0);
      const labelFits = (m: ChartMark) => textWidth(`${m.label}${m.footnote ?? ""}${m.alternatives ? "†" : ""}`, VALUE) <= colW + 2;
      if (bar && model.kind === "lines" && section === "year") {
        // A long series: a point per year at the slot's centre, joined to the next year's point (lines.push below).
        const cx = x0 + slotWidth / 2;
        const cy = y(bar.value);
        const last = model.marks.filter((m) => m.series === s && !m.reference && model.slots.find((x) => x.key === m.slot)?.section === "year").at(-1) === bar;
        points.set(`${s}|${slot.key}`, { x: cx, y: cy });
        marksLayer.push(
          <MarkGroup key={bar.id} item={bar} ctx={ctx}>
            <Shape shape="circle" cx={cx} cy={cy} colour={colour} reference={false} status={bar.status} />
            {last && <ValueText mark={bar} x={cx} y={cy - 9} />}
          </MarkGroup>,
        );
      } else if (bar) {
        const top = Math.min(zero, y(bar.value));
        const h = Math.abs(zero - y(bar.value));
        const fits = labelFits(bar);
        const labelY = top - 4;
        const blockTop = fits ? labelY - VALUE : labelY - textWidth(bar.label, VALUE) - 4;
        marksLayer.push(
          <MarkGroup key={bar.id} item={bar} ctx={ctx}>
            <Bar mark={bar} x={bx} y={top} w={barW} h={h} colour={colour} id={id} />
            {(fits || barW >= 9) && blockTop > top - plotHeight - 40 && <ValueText mark={bar} x={bx + barW / 2} y={labelY} rotate={!fits} />}
          </MarkGroup>,
        );
      } else if (gap) {
        marksLayer.push(
          <MarkGroup key={gap.id} item={gap} ctx={ctx}>
            <GapStub gap={gap} x={bx} baseline={zero} w={barW} id={id} />
          </MarkGroup>,
        );
      }
      if (ref) {
        const ry = y(ref.value);
        const st = STATUS_STYLE[ref.status];
        marksLayer.push(
          <MarkGroup key={ref.id} item={ref} ctx={ctx}>
            <line
              x1={roundN(bx - 3)}
              x2={roundN(bx + barW + 3)}
              y1={roundN(ry)}
              y2={roundN(ry)}
              strokeWidth={2.5}
              strokeDasharray={st.strokeDasharray}
              stroke={paint(colour)}
              data-status={ref.status}
              data-reference=""
            />
            <ValueText mark={ref} x={bx + barW / 2} y={ry - 5} />
          </MarkGroup>,
        );
      }
    });
    // Part-year labels wrap between words only ("Jan–Oct" / "2025"), however narrow the slot.
    const lines = slot.section === "partial" ? wrapText(slot.label, Math.max(slotWidth - 2, widest), LABEL) : [slot.label];
    labelLines = Math.max(labelLines, lines.length);
    const showLabel = slot.section === "partial" || !everyOther || (slot.year - (years[0]?.year ?? 0)) % 2 === 0;
    if (showLabel)
      parts.push(
        <text key={`c${slot.key}`} x={roundN(x0 + slotWidth / 2)} y={plotBottom + 15} textAnchor="middle" data-role="category">
          <Lines lines={lines} x={roundN(x0 + slotWidth / 2)} dy={13} />
        </text>,
      );
  });
  // Lines join consecutive years only: a year without a figure breaks the line, so no value is invented.
  const lineLayer: ReactNode[] = [];
  if (model.kind === "lines") {
    for (const s of seriesOf.year) {
      let d = "";
      let prev: { x: number; y: number } | undefined;
      for (const slot of years) {
        const p = points.get(`${s}|${slot.key}`);
        if (p) d += `${prev ? "L" : "M"}${roundN(p.x)} ${roundN(p.y)}`;
        prev = p;
      }
      if (d) lineLayer.push(<path key={`l${s}`} d={d} fill="none" strokeWidth={2} stroke={paint(colourOf.get(s) ?? "single")} data-role="line" />);
    }
  }
  let bottom = plotBottom + 8 + labelLines * 13;
  if (partial.length && model.partialHeading) {
    const x1 = slotX(years.length) + 2;
    const x2 = slotX(years.length + partial.length - 1) + widthOf(years.length + partial.length - 1) - 2;
    parts.push(
      <g key="ph" data-role="partial">
        <path d={`M${roundN(x1)} ${bottom} v4 H${roundN(x2)} v-4`} fill="none" stroke={paint("axis")} />
        <text x={roundN((x1 + x2) / 2)} y={bottom + 16} textAnchor="middle" fill={paint("muted")} data-role="partial-heading">
          {model.partialHeading}
        </text>
      </g>,
    );
    bottom += 22;
  }
  for (const m of model.markers) {
    const i = model.slots.findIndex((s) => s.key === m.slot);
    if (i < 0) continue;
    const x = slotX(i) + slotW / 2;
    parts.push(<MarkerLine key={`ml${i}`} x={x} top={plotTop - markerRoom} bottom={plotBottom} />);
    marksLayer.push(<MarkerMark key={`mk${i}`} marker={m} x={x} top={plotTop - markerRoom} ctx={ctx} />);
  }
  return {
    node: (
      <g data-role="plot">
        {parts}
        {lineLayer}
        <MarksLayer>{marksLayer}</MarksLayer>
      </g>
    ),
    height: bottom - top + 4,
  };
}

function hbars(model: ChartModel, width: number, top: number, id: string, ctx: DrawingContext): Block {
  const parts: ReactNode[] = [];
  const axis = valueAxis(model);
  const narrow = width < 500;
  const labelColumn = narrow ? 0 : Math.min(220, width * 0.34);
  const valueRoom = 64;
  const plotLeft = labelColumn + 4;
  const plotRight = width - valueRoom;
  const x = scaleLinear().domain(model.value.domain).range([plotLeft, plotRight]);
  const colourOf = new Map(model.series.map((s) => [s.key, s.colour]));
  const barH = 14;
  let cursor = top + 4;
  const marksLayer: ReactNode[] = [];
  for (const slot of model.slots) {
    const mark = model.marks.find((m) => m.slot === slot.key);
    const lines = wrapText(slot.label, narrow ? width - 4 : labelColumn - 10, LABEL).slice(0, 4);
    const labelH = lines.length * 13;
    const bandTop = cursor;
    const barTop = narrow ? bandTop + labelH + 2 : bandTop + Math.max(0, (labelH - barH) / 2) + 3;
    const bandH = narrow ? labelH + barH + 12 : Math.max(labelH, barH) + 12;
    parts.push(
      <text key={`c${slot.key}`} x={narrow ? 0 : labelColumn - 8} y={bandTop + (narrow ? 10 : 3 + Math.max(0, (barH - labelH) / 2) + 10)} textAnchor={narrow ? undefined : "end"} data-role="category">
        <Lines lines={lines} x={narrow ? 0 : labelColumn - 8} dy={13} />
      </text>,
    );
    if (mark) {
      const colour = colourOf.get(mark.series) ?? "single";
      const x0 = x(0);
      const x1 = x(mark.value);
      if (mark.reference) {
        const st = STATUS_STYLE[mark.status];
        marksLayer.push(
          <MarkGroup key={mark.id} item={mark} ctx={ctx}>
            <line
              x1={roundN(x1)}
              x2={roundN(x1)}
              y1={roundN(barTop - 3)}
              y2={roundN(barTop + barH + 3)}
              strokeWidth={2.5}
              strokeDasharray={st.strokeDasharray}
              stroke={paint(colour)}
              data-status={mark.status}
              data-reference=""
            />
            <ValueText mark={mark} x={x1 + 6} y={barTop + barH / 2 + 3.8} anchor="start" />
          </MarkGroup>,
        );
      } else {
        const bx = Math.min(x0, x1);
        const bw = Math.abs(x1 - x0);
        marksLayer.push(
          <MarkGroup key={mark.id} item={mark} ctx={ctx}>
            <Bar mark={mark} x={bx} y={barTop} w={bw} h={barH} colour={colour} id={id} />
            <ValueText mark={mark} x={Math.max(x0, x1) + 5} y={barTop + barH / 2 + 3.8} anchor="start" />
          </MarkGroup>,
        );
      }
    }
    cursor += bandH;
  }
  const plotBottom = cursor;
  for (const t of model.value.ticks) {
    const tx = x(t);
    parts.push(
      <line key={`g${t}`} x1={roundN(tx)} x2={roundN(tx)} y1={top} y2={roundN(plotBottom)} strokeDasharray={t === 0 ? undefined : "3 3"} stroke={paint(t === 0 ? "axis" : "grid")} data-role="grid" />,
    );
    parts.push(
      <text key={`t${t}`} x={roundN(tx)} y={plotBottom + 14} textAnchor="middle" data-role="tick">
        {axis.fmt(t)}
      </text>,
    );
  }
  parts.push(
    <text key="unit" x={plotRight} y={plotBottom + 29} textAnchor="end" fill={paint("muted")} data-role="unit">
      {model.axisUnit}
    </text>,
  );
  return {
    node: (
      <g data-role="plot">
        {parts}
        <MarksLayer>{marksLayer}</MarksLayer>
      </g>
    ),
    height: plotBottom - top + 36,
  };
}

function dots(model: ChartModel, width: number, top: number, ctx: DrawingContext): Block {
  const parts: ReactNode[] = [];
  const time = model.time ?? { domain: [0, 1] as [number, number], ticks: [] };
  const { axis, plotLeft, plotRight, markerRoom, plotTop, plotBottom, y } = verticalPlot(model, width, top, 8);
  const x = scaleLinear()
    .domain(time.domain)
    .range([plotLeft + 6, plotRight - 6]);
  const colourOf = new Map(model.series.map((s) => [s.key, s.colour]));
  parts.push(...verticalValueAxis(model, axis.fmt, y, plotLeft, plotRight, top));
  const minGap = Math.max(...time.ticks.map((t) => textWidth(t.label, LABEL))) + 6;
  let lastX = -Infinity;
  for (const t of time.ticks) {
    const tx = x(t.at);
    parts.push(<line key={`x${t.at}`} x1={roundN(tx)} x2={roundN(tx)} y1={plotBottom} y2={plotBottom + 4} stroke={paint("axis")} />);
    if (tx - lastX < minGap) continue;
    lastX = tx;
    parts.push(
      <text key={`xl${t.at}`} x={roundN(tx)} y={plotBottom + 16} textAnchor="middle" data-role="category">
        {t.label}
      </text>,
    );
  }
  const markerLayer: ReactNode[] = [];
  for (const m of model.markers) {
    if (m.at === undefined) continue;
    const mx = x(m.at);
    parts.push(<MarkerLine key={`ml${m.at}`} x={mx} top={plotTop - markerRoom} bottom={plotBottom} />);
    markerLayer.push(<MarkerMark key={`mk${m.at}`} marker={m} x={mx} top={plotTop - markerRoom} ctx={ctx} />);
  }
  // Labels beside their points, skipped where they would overlap one already placed (the tooltip still has it).
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const marksLayer = model.marks.map((m) => {
    const cx = x(m.at ?? 0);
    const cy = y(m.value);
    const text = `${m.reference ? `${m.statusLabel} ` : ""}${m.label}${m.footnote ?? ""}${m.alternatives ? "†" : ""}`;
    const w = textWidth(text, VALUE);
    const right = cx + 8 + w <= plotRight + 4;
    const box = right ? { x0: cx + 7, x1: cx + 9 + w, y0: cy - 8, y1: cy + 6 } : { x0: cx - 9 - w, x1: cx - 7, y0: cy - 8, y1: cy + 6 };
    const free = !placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1);
    if (free) placed.push(box);
    return (
      <MarkGroup key={m.id} item={m} ctx={ctx}>
        <Shape shape={m.shape} cx={cx} cy={cy} colour={colourOf.get(m.series) ?? "single"} reference={m.reference} status={m.status} />
        {m.lowConfidence && <circle cx={roundN(cx)} cy={roundN(cy)} r={8} fill="none" strokeWidth={1} strokeDasharray="1.5 1.5" stroke={paint("muted")} data-low="" />}
        {free && <ValueText mark={m} x={right ? cx + 8 : cx - 8} y={cy + 3.8} anchor={right ? "start" : "end"} />}
      </MarkGroup>
    );
  });
  return {
    node: (
      <g data-role="plot">
        {parts}
        <MarksLayer>
          {marksLayer}
          {markerLayer}
        </MarksLayer>
      </g>
    ),
    height: plotBottom - top + 24,
  };
}

/** The link every value mark of the chart shares, if they all share one (an indicator's chart on a sector page). */
function sharedHref(model: ChartModel): string | undefined {
  const hrefs = new Set(model.marks.map((m) => m.href));
  const [only] = hrefs;
  return hrefs.size === 1 && only ? only : undefined;
}

/** A short page-unique prefix for a drawing's pattern ids (every gap stub repeats it). */
function patternId(chartId: string, variant: ChartVariant): string {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < chartId.length; i++) h = Math.imul(h ^ chartId.charCodeAt(i), 0x01000193);
  return `p${(h >>> 0).toString(36)}${variant[0]}`;
}

/** The chart body as one SVG element of the given variant's width. */
export function ChartSvg({ model, variant }: { model: ChartModel; variant: ChartVariant }) {
  const width = CHART_WIDTHS[variant];
  const id = patternId(model.id, variant);
  const legend = legendBlock(model.legend, width, 0, id);
  const ctx: DrawingContext = { tips: variant === "wide", href: sharedHref(model) };
  const plot =
    model.kind === "columns" || model.kind === "lines"
      ? columns(model, width, legend.height, id, ctx)
      : model.kind === "hbars"
        ? hbars(model, width, legend.height, id, ctx)
        : dots(model, width, legend.height, ctx);
  const notes = footnoteBlock(model, width, legend.height + plot.height);
  // Patterns only where something fills with them: low-confidence hatching, recorded-gap stubs.
  const hatch = model.marks.some((m) => m.lowConfidence) || model.legend.some((l) => l.kind === "low");
  const gapFill = model.gaps.some((g) => g.recorded) || model.legend.some((l) => l.kind === "gap-recorded");
  const height = Math.ceil(legend.height + plot.height + notes.height + 2);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="chart-svg"
      data-variant={variant}
      data-chart-kind={model.kind}
      aria-hidden="true"
      focusable="false"
      fontFamily="inherit"
      fontSize={TEXT}
      fill={paint("text")}
      overflow="visible"
      data-href={ctx.href}
    >
      {(hatch || gapFill) && (
        <defs>
          {hatch && (
            <pattern id={`${id}-hatch`} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1={0} y1={0} x2={0} y2={5} strokeWidth={2} stroke={paint("background")} strokeOpacity={0.85} />
            </pattern>
          )}
          {gapFill && (
            <pattern id={`${id}-gap`} width={4} height={4} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={4} height={4} fill={paint("gapFill")} />
              <line x1={0} y1={0} x2={0} y2={4} stroke={paint("gap")} />
            </pattern>
          )}
        </defs>
      )}
      {legend.node}
      {plot.node}
      {notes.node}
    </svg>
  );
}
