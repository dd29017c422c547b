import type { IndicatorSeed } from "./types";

const INVESTMENT_CAVEAT =
  "Cumulative stocks differ by source and method (National Bank of Kazakhstan gross inflows vs ministry figures). Each value is shown as reported by its source on its date; they do not form a time series.";

const TRADE_CAVEAT =
  "Azerbaijani (State Customs Committee) and Kazakh (Bureau of National Statistics) figures differ, sometimes by more than 200 million USD a year: each country records trade under its own rules (origin vs consignment, timing, re-exports and transit goods). Both series are shown, never merged.";

export const indicatorSeeds: IndicatorSeed[] = [
  // Trade
  { slug: "trade-turnover", name: "Bilateral trade turnover", unit: "USD million", sector: "trade", sortOrder: 1,
    description: "Goods trade between Azerbaijan and Kazakhstan, as reported by each side. Year-to-date figures are cumulative from January.",
    caveat: TRADE_CAVEAT },
  { slug: "trade-turnover-growth", name: "Trade turnover growth (year on year, as published)", unit: "×", sector: "trade", sortOrder: 2,
    description: "Multiple of the same period a year earlier, as stated by the publishing body.", caveat: TRADE_CAVEAT },
  { slug: "trade-turnover-target", name: "Trade turnover target", unit: "USD million", sector: "trade", sortOrder: 3,
    description: "Official goals for annual bilateral trade, by the date they were set." },
  { slug: "exports-kz-to-az", name: "Kazakh exports to Azerbaijan", unit: "USD million", sector: "trade", sortOrder: 4,
    description: "Goods shipped from Kazakhstan to Azerbaijan, as reported by each side.", caveat: TRADE_CAVEAT },
  { slug: "exports-az-to-kz", name: "Azerbaijani exports to Kazakhstan", unit: "USD million", sector: "trade", sortOrder: 5,
    description: "Goods shipped from Azerbaijan to Kazakhstan, as reported by each side.", caveat: TRADE_CAVEAT },
  { slug: "az-non-oil-exports-to-kz", name: "Azerbaijani non-oil exports to Kazakhstan", unit: "USD million", sector: "trade", sortOrder: 6,
    description: "Non-oil goods exported by Azerbaijan to Kazakhstan (AZ State Customs Committee)." },
  { slug: "kz-grain-exports-to-az", name: "Kazakh grain exports to Azerbaijan", unit: "thousand tonnes", sector: "trade", sortOrder: 7,
    description: "Grain and flour (grain equivalent) from Kazakhstan to Azerbaijan. Some figures are for marketing years (September–August), not calendar years." },
  { slug: "kz-share-az-wheat-imports", name: "Kazakhstan's share of Azerbaijani wheat imports", unit: "%", sector: "trade", sortOrder: 8,
    description: "Share of Azerbaijan's wheat imports supplied by Kazakhstan." },
  // Investment
  { slug: "investment-az-in-kz", name: "Azerbaijani investment in Kazakhstan (cumulative)", unit: "USD million", sector: "investment", sortOrder: 1,
    description: "Cumulative Azerbaijani investment in Kazakhstan as reported at a date.",
    caveat: INVESTMENT_CAVEAT },
  { slug: "investment-kz-in-az", name: "Kazakh investment in Azerbaijan (cumulative)", unit: "USD million", sector: "investment", sortOrder: 2,
    description: "Cumulative Kazakh investment in Azerbaijan as reported at a date.",
    caveat: INVESTMENT_CAVEAT },
  { slug: "joint-investment-fund", name: "Joint investment fund capital (AIH–Samruk-Kazyna)", unit: "USD million", sector: "investment", sortOrder: 3,
    description: "Planned capital of the joint investment fund of Azerbaijan Investment Holding and Samruk-Kazyna." },
  { slug: "companies-az-capital-in-kz", name: "Companies with Azerbaijani capital in Kazakhstan", unit: "companies", sector: "investment", sortOrder: 4,
    description: "Registered entities with Azerbaijani capital in Kazakhstan.",
    caveat: "Counts vary widely by source and method (registered vs active entities)." },
  { slug: "companies-kz-capital-in-az", name: "Companies with Kazakh capital in Azerbaijan", unit: "companies", sector: "investment", sortOrder: 5,
    description: "Registered entities with Kazakh capital in Azerbaijan.",
    caveat: "Counts vary widely by source and method (registered vs active entities)." },
  // Energy
  { slug: "oil-transit-btc", name: "Kazakh oil shipped via Azerbaijan to Baku–Tbilisi–Ceyhan", unit: "million tonnes", sector: "energy", sortOrder: 1,
    description: "Kazakh crude shipped from Aktau across the Caspian toward the Baku–Tbilisi–Ceyhan pipeline." },
  { slug: "oil-transit-btc-cumulative", name: "Kazakh oil via Baku–Tbilisi–Ceyhan since 2023 (cumulative)", unit: "million tonnes", sector: "energy", sortOrder: 2,
    description: "Cumulative volume since shipments began in 2023." },
  { slug: "oil-transit-agreed-volume", name: "Agreed and discussed oil transit volumes", unit: "million tonnes a year", sector: "energy", sortOrder: 3,
    description: "Annual volumes in KMG–SOCAR agreements and in official statements, by the date they were agreed or stated." },
  { slug: "uranium-transit", name: "Kazakh uranium shipped via the Trans-Caspian route", unit: "tonnes", sector: "energy", sortOrder: 4,
    description: "Kazakh uranium shipped via Azerbaijan on the Trans-Caspian International Transport Route." },
  // Transport
  { slug: "titr-cargo", name: "Cargo on the Trans-Caspian International Transport Route", unit: "million tonnes", sector: "transport", sortOrder: 1,
    description: "Freight carried on the Middle Corridor (TITR), as reported by Kazakhstan's Ministry of Transport and KTZ." },
  { slug: "titr-containers", name: "Containers on the Trans-Caspian route", unit: "TEU", sector: "transport", sortOrder: 2,
    description: "Twenty-foot equivalent units carried on the Middle Corridor." },
  { slug: "titr-port-cargo", name: "Cargo through Kazakh and Azerbaijani seaports on the Trans-Caspian route", unit: "million tonnes", sector: "transport", sortOrder: 3,
    description: "A narrower measure than total route cargo: only what passes the seaports." },
  { slug: "kz-az-freight", name: "Kazakhstan–Azerbaijan freight traffic", unit: "million tonnes", sector: "transport", sortOrder: 4,
    description: "Bilateral freight between Kazakhstan and Azerbaijan, all modes." },
  { slug: "kz-az-rail-freight", name: "Kazakhstan–Azerbaijan rail freight", unit: "thousand tonnes", sector: "transport", sortOrder: 5,
    description: "Rail freight between Kazakhstan and Azerbaijan." },
  { slug: "aktau-baku-containers", name: "Containers on the Aktau–Baku line (Kazmortransflot)", unit: "TEU", sector: "transport", sortOrder: 6,
    description: "Containers carried by Kazmortransflot between Aktau and Baku." },
  { slug: "china-az-block-trains", name: "Block trains from China to Azerbaijan", unit: "trains", sector: "transport", sortOrder: 7,
    description: "Container block trains from China to Azerbaijan handled by Azerbaijan Railways (ADY)." },
  // Digital
  { slug: "tcfo-capacity", name: "Trans-Caspian fibre-optic line: design capacity", unit: "Tbit/s", sector: "digital", sortOrder: 1,
    description: "Design capacity of the Sumgayit–Aktau subsea fibre-optic line as described at each stage." },
  { slug: "tcfo-length", name: "Trans-Caspian fibre-optic line: route length", unit: "km", sector: "digital", sortOrder: 2,
    description: "Length of the subsea fibre-optic route as described at each stage." },
  { slug: "tcfo-cost", name: "Trans-Caspian fibre-optic line: cost estimate", unit: "USD million", sector: "digital", sortOrder: 3,
    description: "Published cost estimates of the fibre-optic line." },
  // Political
  { slug: "bilateral-legal-base", name: "Bilateral legal base (documents in force)", unit: "documents", sector: "political", sortOrder: 1,
    description: "Number of bilateral documents in the legal base, as stated by officials.",
    caveat: "Counting methods differ between statements." },
];
