"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { TooltipInfo } from "@/components/charts/figure-bar-chart";
import type { ChartExport } from "@/lib/export/chart-export";
import { formatDate, formatQuantity } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";

// Recharts loads only when someone asks for the interactive view; the page's own chart is server-rendered.
const FigureBarChart = dynamic(() => import("@/components/charts/figure-bar-chart").then((m) => m.FigureBarChart), { ssr: false });

/** An opt-in Recharts view (hover tooltips, arrow-key navigation) of a chart, fetched on demand. */
export function InteractiveChart({ specUrl }: { specUrl: string }) {
  const t = getDictionary();
  const [state, setState] = useState<{ status: "idle" | "loading" | "error" } | { status: "ready"; spec: ChartExport }>({ status: "idle" });

  async function load() {
    setState({ status: "loading" });
    try {
      const res = await fetch(specUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      setState({ status: "ready", spec: (await res.json()) as ChartExport });
    } catch {
      setState({ status: "error" });
    }
  }

  if (state.status !== "ready") {
    return (
      <div className="text-sm">
        <button type="button" onClick={load} disabled={state.status === "loading"} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60">
          {state.status === "loading" ? t.indicator.interactiveLoading : t.indicator.interactiveOpen}
        </button>
        {state.status === "error" && (
          <p role="alert" className="mt-1 text-xs text-red-800">
            {t.indicator.interactiveError}
          </p>
        )}
      </div>
    );
  }
  const { spec } = state;
  const tooltips: Record<number, TooltipInfo> = Object.fromEntries(
    spec.points.map((p) => [
      p.figureId,
      { value: formatQuantity(p.value, p.unit, p.qualifier), lines: [`${p.period} · ${t.status[p.status]} · ${t.reporterShort[p.reporter]}`, `${t.figure.source}: ${p.source.publisher}, ${formatDate(p.source.publishedOn)}`] },
    ]),
  );
  return (
    <section aria-label={t.indicator.interactiveHeading} className="space-y-1">
      <p className="text-xs text-slate-600">{t.panels.chartHint}</p>
      <FigureBarChart data={spec.chart} unitLabel={formatQuantity(0, spec.unit).replace(/^0\s?/, "")} tooltips={tooltips} layout={spec.layout} />
    </section>
  );
}
