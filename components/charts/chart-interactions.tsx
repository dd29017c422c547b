"use client";

import { useEffect, useId, useRef } from "react";

/**
 * The small interaction layer over a server-drawn chart: a tooltip on hover, tap and keyboard
 * focus, arrow keys between marks, Enter to open a mark's page. It reads what to show from the
 * marks' data attributes, so the chart itself stays a pure server component. One Tab stop per chart.
 */
export function ChartInteractions() {
  const tipRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLParagraphElement>(null);
  const tipId = useId();

  useEffect(() => {
    const tip = tipRef.current;
    const live = liveRef.current;
    const frameEl = tip?.parentElement;
    const root = frameEl?.querySelector<HTMLElement>("[data-chart]");
    if (!tip || !live || !frameEl || !root) return;
    let active: SVGGElement | null = null;

    const visibleMarks = () => {
      const svg = [...root.querySelectorAll<SVGSVGElement>("svg[data-variant]")].find((s) => s.getBoundingClientRect().width > 0);
      return svg ? [...svg.querySelectorAll<SVGGElement>("g[data-mark]")] : [];
    };

    // A mark's link: its own, or the drawing's when all marks share one ("" means none).
    const hrefOf = (g: SVGGElement) => g.dataset.href ?? g.ownerSVGElement?.dataset.href ?? "";
    // Where the focus ring goes: around what the mark draws (not its hit area or value label), 2 px out.
    const ringBox = (g: SVGGElement) => {
      let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
      for (const el of g.children) {
        if (!(el instanceof SVGGraphicsElement) || el.classList.contains("chart-hit") || el.dataset.role === "value") continue;
        const b = el.getBBox();
        box = box
          ? { x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y), x1: Math.max(box.x1, b.x + b.width), y1: Math.max(box.y1, b.y + b.height) }
          : { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      }
      if (!box) return { x: 0, y: 0, width: 0, height: 0 };
      return { x: box.x0 - 2, y: box.y0 - 2, width: Math.max(1, box.x1 - box.x0) + 4, height: Math.max(1, box.y1 - box.y0) + 4 };
    };

    // One focus ring per drawing, moved to the active mark.
    const ringFor = (svg: SVGSVGElement) => {
      let ring = svg.querySelector<SVGRectElement>("rect.chart-ring");
      if (!ring) {
        ring = document.createElementNS("http://www.w3.org/2000/svg", "rect");
        ring.setAttribute("class", "chart-ring");
        ring.setAttribute("rx", "2");
        ring.setAttribute("fill", "none");
        ring.setAttribute("stroke-width", "2");
        ring.setAttribute("stroke", "var(--chart-focus)");
        ring.setAttribute("pointer-events", "none");
        svg.appendChild(ring);
      }
      return ring;
    };

    const show = (g: SVGGElement, announce: boolean) => {
      active?.removeAttribute("data-active");
      active = g;
      g.setAttribute("data-active", "");
      const svg = g.ownerSVGElement;
      const ring = svg ? ringFor(svg) : null;
      if (ring) {
        for (const [k, v] of Object.entries(ringBox(g))) ring.setAttribute(k, String(Math.round(v * 10) / 10));
        ring.removeAttribute("visibility");
      }
      // The wide drawing carries the tooltip text for both drawings.
      const source = g.dataset.tipValue !== undefined ? g : (root.querySelector<SVGGElement>(`svg[data-variant="wide"] g[data-mark="${g.dataset.mark}"]`) ?? g);
      const heading = source.dataset.tipHeading ?? "";
      const value = source.dataset.tipValue ?? "";
      const lines = (source.dataset.tipLines ?? "").split("\n").filter(Boolean);
      tip.replaceChildren();
      const h = document.createElement("p");
      h.className = "font-semibold text-slate-900";
      h.textContent = heading;
      const v = document.createElement("p");
      v.className = "text-sm font-semibold tabular-nums text-slate-900";
      v.textContent = value;
      tip.append(h, v, ...lines.map((l) => Object.assign(document.createElement("p"), { textContent: l, className: "text-slate-700" })));
      tip.hidden = false;
      const box = ring?.getBoundingClientRect() ?? g.getBoundingClientRect();
      const frame = frameEl.getBoundingClientRect();
      const width = tip.offsetWidth;
      const left = Math.min(Math.max(0, box.left - frame.left + box.width / 2 - width / 2), Math.max(0, frame.width - width));
      const above = box.top - frame.top - tip.offsetHeight - 8;
      tip.style.left = `${left}px`;
      tip.style.top = `${above >= 0 ? above : box.bottom - frame.top + 8}px`;
      if (announce) live.textContent = [heading, value, ...lines].join(". ");
    };

    const hide = () => {
      active?.removeAttribute("data-active");
      active?.ownerSVGElement?.querySelector("rect.chart-ring")?.setAttribute("visibility", "hidden");
      active = null;
      tip.hidden = true;
    };

    // Marks have no hit areas (only the ◆ markers do): anywhere in the plot, the pointer belongs to the
    // nearest mark along the axis the categories run on (then across it), so a thin bar, an empty
    // year's stub or a point is as easy to reach as a wide bar. Written here: a dozen lines over the
    // marks' own boxes, which no charting library offers for server-drawn SVG.
    const centres = new WeakMap<SVGSVGElement, { g: SVGGElement; x: number; y: number }[]>();
    const nearest = (e: MouseEvent) => {
      const svg = e.target instanceof Element ? e.target.closest<SVGSVGElement>("svg[data-variant]") : null;
      const plot = svg?.querySelector<SVGGElement>('g[data-role="plot"]');
      const ctm = svg?.getScreenCTM();
      if (!svg || !plot || !ctm) return null;
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      const b = plot.getBBox();
      if (p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height) return null;
      let list = centres.get(svg);
      if (!list) {
        list = [...svg.querySelectorAll<SVGGElement>('g[data-mark]:not([data-mark-kind="marker"])')].map((g) => {
          const r = ringBox(g);
          return { g, x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        centres.set(svg, list);
      }
      const across = svg.dataset.chartKind === "hbars";
      let best: SVGGElement | null = null;
      let bestD = Infinity;
      for (const c of list) {
        const along = Math.abs(across ? p.y - c.y : p.x - c.x);
        const d = Math.round(along) * 1e4 + Math.abs(across ? p.x - c.x : p.y - c.y);
        if (d < bestD) [best, bestD] = [c.g, d];
      }
      return best;
    };
    const markOf = (e: MouseEvent) => (e.target instanceof Element ? e.target.closest<SVGGElement>("g[data-mark]") : null) ?? nearest(e);

    const onMove = (e: PointerEvent) => {
      if (e.pointerType !== "mouse") return;
      const g = markOf(e);
      root.style.cursor = g && hrefOf(g) ? "pointer" : "";
      if (g && g !== active) show(g, false);
      else if (!g && active) hide();
    };
    const onClick = (e: MouseEvent) => {
      const g = markOf(e);
      if (!g) return;
      const touch = "pointerType" in e && (e as PointerEvent).pointerType !== "mouse" && (e as PointerEvent).pointerType !== "";
      // A tap first shows the values; tapping the same mark again opens it.
      if (touch && active !== g) return show(g, true);
      const href = hrefOf(g);
      if (href) window.location.assign(href);
    };
    const onKey = (e: KeyboardEvent) => {
      const marks = visibleMarks();
      if (!marks.length) return;
      const i = active ? marks.indexOf(active) : -1;
      const go = (n: number) => {
        e.preventDefault();
        const g = marks[Math.max(0, Math.min(marks.length - 1, n))];
        if (g) show(g, true);
      };
      if (e.key === "ArrowRight" || e.key === "ArrowDown") go(i + 1);
      else if (e.key === "ArrowLeft" || e.key === "ArrowUp") go(i < 0 ? marks.length - 1 : i - 1);
      else if (e.key === "Home") go(0);
      else if (e.key === "End") go(marks.length - 1);
      else if (e.key === "Escape") hide();
      else if (e.key === "Enter" && active && hrefOf(active)) window.location.assign(hrefOf(active));
    };

    root.addEventListener("pointermove", onMove);
    root.addEventListener("pointerleave", hide);
    root.addEventListener("click", onClick);
    root.addEventListener("keydown", onKey);
    root.addEventListener("blur", hide);
    root.setAttribute("aria-describedby", tipId);
    root.dataset.chartReady = "";
    return () => {
      root.removeEventListener("pointermove", onMove);
      root.removeEventListener("pointerleave", hide);
      root.removeEventListener("click", onClick);
      root.removeEventListener("keydown", onKey);
      root.removeEventListener("blur", hide);
    };
  }, [tipId]);

  return (
    <>
      <div ref={tipRef} id={tipId} role="tooltip" hidden className="pointer-events-none absolute z-20 w-max max-w-64 rounded-md border border-slate-200 bg-white p-2 text-xs shadow-md" />
      <p ref={liveRef} aria-live="polite" className="sr-only" />
    </>
  );
}
