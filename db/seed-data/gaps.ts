/**
 * Figures the fact sheet (../shared/data/facts.md, §2 and §13) says were looked for and not found.
 */
import type { GapSeed } from "./types";

const MIRROR = "UN Comtrade mirror data (reporter AZ, partner KZ, and the reverse) would fill it (fact sheet §13).";

export const gapSeeds: GapSeed[] = [
  { key: "gap-trade-2025-az", indicator: "trade-turnover", periodLabel: "2025", periodEnd: "2025-12-31", reporter: "az",
    note: "Not found in the sources read; expected from the AZ State Customs Committee in Jan–Feb 2026 (fact sheet §13)." },
  { key: "gap-trade-2025-kz", indicator: "trade-turnover", periodLabel: "2025", periodEnd: "2025-12-31", reporter: "kz",
    note: "Not found in the sources read; expected from the KZ Bureau of National Statistics in Feb–Mar 2026 (fact sheet §13)." },
  { key: "gap-trade-2015-az", indicator: "trade-turnover", periodLabel: "2015", periodEnd: "2015-12-31", reporter: "az",
    note: `No level found for 2015 on either side. ${MIRROR}` },
  { key: "gap-trade-2015-kz", indicator: "trade-turnover", periodLabel: "2015", periodEnd: "2015-12-31", reporter: "kz",
    note: `No level found for 2015 on either side. ${MIRROR}` },
  { key: "gap-trade-2016-az", indicator: "trade-turnover", periodLabel: "2016", periodEnd: "2016-12-31", reporter: "az",
    note: `No level found for 2016 on either side. ${MIRROR}` },
  { key: "gap-trade-2016-kz", indicator: "trade-turnover", periodLabel: "2016", periodEnd: "2016-12-31", reporter: "kz",
    note: `No level found for 2016 on either side; only growth of +7–9% was reported (TK-2016). ${MIRROR}` },
  { key: "gap-trade-2017-az", indicator: "trade-turnover", periodLabel: "2017", periodEnd: "2017-12-31", reporter: "az",
    note: `No level found for 2017 on either side. ${MIRROR}` },
  { key: "gap-trade-2017-kz", indicator: "trade-turnover", periodLabel: "2017", periodEnd: "2017-12-31", reporter: "kz",
    note: `No level found for 2017 on either side; only Jan–Sep growth of +12–15% was reported (TK-2017p). ${MIRROR}` },
  { key: "gap-trade-2018-az", indicator: "trade-turnover", periodLabel: "2018", periodEnd: "2018-12-31", reporter: "az",
    note: `No full-year 2018 level found (growth only). ${MIRROR}` },
  { key: "gap-trade-2018-kz", indicator: "trade-turnover", periodLabel: "2018", periodEnd: "2018-12-31", reporter: "kz",
    note: `No full-year 2018 level found; only "almost doubled" vs 2017 (TK-2018) and partial-year figures. ${MIRROR}` },
  { key: "gap-trade-2020-az", indicator: "trade-turnover", periodLabel: "2020", periodEnd: "2020-12-31", reporter: "az",
    note: `No AZ-side level found for 2020. ${MIRROR}` },
  { key: "gap-trade-2021-kz", indicator: "trade-turnover", periodLabel: "2021", periodEnd: "2021-12-31", reporter: "kz",
    note: `No KZ-side level found for 2021. ${MIRROR}` },
];
