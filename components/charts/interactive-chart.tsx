"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { ChartSpec } from "@/lib/charts/spec";
import { useDictionary } from "@/components/i18n/use-dictionary";

// Recharts loads only when someone asks for the interactive view; the page's own chart is server-rendered.
const FigureBarChart = dynamic(() => import("@/components/charts/figure-bar-chart").then((m) => m.FigureBarChart), { ssr: false });

/** An opt-in Recharts view (zoom with the brush, crosshair, hover tooltips) of the same chart model, fetched on demand. */
export function InteractiveChart({ specUrl }: { specUrl: string }) {
  const t = useDictionary();
  const [state, setState] = useState<{ status: "idle" | "loading" | "error" } | { status: "ready"; spec: ChartSpec }>({ status: "idle" });

  async function load() {
    setState({ status: "loading" });
    try {
      const res = await fetch(specUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      setState({ status: "ready", spec: (await res.json()) as ChartSpec });
    } catch {
      setState({ status: "error" });
    }
  }

  if (state.status !== "ready") {
    return (
      <div className="text-sm">
        <button
          type="button"
          onClick={load}
          disabled={state.status === "loading"}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        >
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
  return (
    <section aria-label={t.indicator.interactiveHeading} className="space-y-1" data-interactive-chart="">
      <p className="text-xs text-slate-600">{t.indicator.interactiveHint}</p>
      <FigureBarChart model={state.spec.model} />
    </section>
  );
}
