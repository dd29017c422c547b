import type { Statement } from "@/lib/summaries";
import { formatPercent, formatQuantity } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";

function multiple(x: number) {
  return `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(x)}×`;
}

/** "What the numbers say": computed statements, each naming the sourced figures it rests on. */
export function StatementList({ statements }: { statements: Statement[] }) {
  const t = getDictionary();
  if (statements.length === 0) return <p className="text-sm text-slate-600">{t.sector.noStatements}</p>;
  return (
    <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-800" data-testid="statements">
      {statements.map((s, i) => {
        const q = (v: number, f: { qualifier: Parameters<typeof formatQuantity>[2] }) => formatQuantity(v, s.unit, f.qualifier);
        switch (s.kind) {
          case "growth":
            return (
              <li key={i}>
                {s.indicatorName} ({t.reporterShort[s.reporter]}): {t.sector.growth(q(s.from.value, s.from), s.from.periodLabel, q(s.to.value, s.to), s.to.periodLabel)},{" "}
                <strong>{multiple(s.multiple)}</strong>.
              </li>
            );
          case "gap":
            return (
              <li key={i}>
                {s.indicatorName}, {s.periodLabel}: {t.sector.versus(`${t.reporterShort.kz} ${q(s.kz.value, s.kz)}`, `${t.reporterShort.az} ${q(s.az.value, s.az)}`)} —{" "}
                <strong>{t.sector.gapText(formatQuantity(Math.abs(s.difference), s.unit), s.difference >= 0 ? t.reporterShort.kz : t.reporterShort.az)}</strong>.
              </li>
            );
          case "progress":
            return (
              <li key={i}>
                {t.sector.progressText(formatQuantity(s.target.value, s.unit, s.target.qualifier), s.target.periodLabel)}: {t.reporterShort[s.reached.reporter]} {q(s.reached.value, s.reached)} (
                {s.reached.periodLabel}) = <strong>{formatPercent(s.ratio)}</strong>.
              </li>
            );
        }
      })}
      <li className="list-none text-xs text-slate-500">{t.sector.derived}</li>
    </ul>
  );
}
