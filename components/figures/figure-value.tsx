import { formatValue, shortUnit } from "@/lib/format";
import type { Figure } from "@/lib/figures";

/** The number as published (with ~, >), its unit beside it, tagged for tests and for copy-paste. */
export function FigureValue({ figure, size = "lg" }: { figure: Figure; size?: "lg" | "md" }) {
  const big = size === "lg" ? "text-3xl" : "text-xl";
  const unit = figure.unit === "×" ? "×" : figure.unit === "%" ? "%" : ` ${shortUnit(figure.unit)}`;
  return (
    <span data-figure-key={figure.key} className="font-semibold tabular-nums tracking-tight text-slate-900">
      <span className={big}>{formatValue(figure.value, figure.qualifier)}</span>
      <span className="text-base font-medium text-slate-600">{unit}</span>
    </span>
  );
}
