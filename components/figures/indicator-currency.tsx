import type { IndicatorMeta } from "@/db/queries/indicators";
import type { Figure } from "@/lib/figures";
import { getDictionary } from "@/lib/i18n";
import { currencyText } from "@/lib/i18n/server-texts";
import { latest } from "@/lib/select-figures";
import { ContentText } from "@/components/i18n/in-english";

const OUTTURN = new Set<Figure["status"]>(["actual", "preliminary", "estimate"]);

/** How current an indicator is: its newest published period on each side, and when the next figure is expected where the sources say. */
export function IndicatorCurrency({ indicator, figures }: { indicator: Pick<IndicatorMeta, "nextRelease">; figures: Figure[] }) {
  const t = getDictionary();
  const outturn = figures.filter((f) => OUTTURN.has(f.status) && f.periodType !== "as_of");
  const sides = (["az", "kz", "other"] as const).map((r) => latest(outturn.filter((f) => f.reporter === r))).filter((f): f is Figure => f !== null);
  const stocks = latest(figures.filter((f) => OUTTURN.has(f.status) && f.periodType === "as_of"));
  if (sides.length === 0 && !stocks && !indicator.nextRelease) return null;
  return (
    <p className="text-xs text-slate-700" data-testid="indicator-currency">
      {sides.length > 0 && (
        <span>
          {currencyText.newest}: {sides.map((f) => `${f.periodLabel} (${t.reporterShort[f.reporter]})`).join(", ")}
        </span>
      )}
      {sides.length === 0 && stocks && (
        <span>
          {currencyText.newest}: {stocks.periodLabel}
        </span>
      )}
      {indicator.nextRelease && (
        <span className="block">
          {currencyText.nextRelease}: <ContentText text={indicator.nextRelease} />
        </span>
      )}
    </p>
  );
}
