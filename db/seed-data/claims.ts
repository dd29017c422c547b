/**
 * Claims of the starting article (I. Velizade, aze.media) and what the sources say:
 * the rows of the fact sheet's §12 check table, in order. Rows with two parts and two
 * verdicts are split into two claims. Evidence cites observations by fact-sheet ID (a bare
 * ID matches every observation whose key starts with "<ID>-"), milestones by key,
 * documents by slug, or a source key.
 */
import type { ClaimSeed } from "./types";

export const claimSeeds: ClaimSeed[] = [
  {
    slug: "visit-type-official-visit",
    position: 1,
    claimText: "On October 21, President of Azerbaijan Ilham Aliyev paid an official visit to Kazakhstan in Astana.",
    verdict: "contradicted",
    finding:
      "It was a state visit, on 20–21 October 2025, not an official visit on 21 October. Kazakh sources (Akorda via Kazpravda), TASS, Report and AzerNews call it a state visit; only the article and one AZERTAC commentary say 'official visit'.",
    evidence: [
      { source: "tass-2025-10-20-state-visit", note: "State visit, 20–21 Oct 2025 (V1)." },
      { source: "kazpravda-2025-10-21-trade-1bn", note: "Akorda: state visit (V1)." },
      { source: "azernews-2025-10-22-visit-new-phase", note: "AzerNews: state visit (V1)." },
    ],
  },
  {
    slug: "package-15-documents",
    position: 2,
    claimText:
      "During the meeting, the parties signed a package of 15 documents covering energy, transport, digitalization, investment, and trade.",
    verdict: "supported",
    finding:
      "The count of 15 is confirmed by several outlets (Report's interview with the Azerbaijani ambassador, Kazinform, Caspian Post, Haberport). The sectors are broadly confirmed; the reported areas also include industrial safety, health care, statistics and culture/humanitarian ties, and no report mentions a stand-alone trade agreement. No full list was found: 5 documents are identified individually and 5 more only by sector.",
    evidence: [
      { source: "report-2025-12-29-envoy-interview", note: "15 documents (V4)." },
      { source: "kazinform-2025-10-weekly-review", note: "15 documents (V4)." },
      { source: "caspianpost-2025-10-strategic-ties", note: "15 documents; areas energy, transport, industry and AI (V4, §1.2)." },
      { source: "haberport-2025-10-21-15-agreements", note: "15 agreements; areas energy, transport and logistics, digitalisation and AI, industrial safety, health care, statistics, culture/humanitarian (§1.2)." },
      { document: "sk-aih-fund-socar-renewables-2025", note: "Energy/investment document identified (D5)." },
      { document: "samruk-kazyna-azcon-ferries-2025", note: "Transport document identified, announced as 'to be signed' (D4)." },
      { document: "astana-2025-sector-digital", note: "Digital/AI confirmed by sector only (S-DIG)." },
    ],
  },
  {
    slug: "trade-jan-aug-2025",
    position: 3,
    claimText:
      "According to the State Customs Committee of Azerbaijan, the trade turnover between the two countries in the first eight months of 2025 reached 547.6 million USD — more than triple the figure for the same period last year.",
    verdict: "supported",
    finding:
      "AZ State Customs Committee data (via Trend): 547.6 mUSD in January–August 2025, 3.2 times the same period of 2024 (preliminary). Growth slowed later in the year.",
    evidence: [
      { observation: "TA-2025-8m", note: "547.6 mUSD in Jan–Aug 2025 (AZ SCC, preliminary)." },
      { observation: "TA-2025-8m-growth", note: "3.2× the same period of 2024, as published." },
    ],
  },
  {
    slug: "trade-1bn-target-2025",
    position: 4,
    claimText:
      "If the current growth trend continues, the volume could reach 1 billion USD by the end of the year, setting an all-time record in bilateral relations. This target was officially confirmed as a strategic goal at the presidential level.",
    verdict: "partly_supported",
    finding:
      "1 bn USD a year is an official goal, restated on 21 Oct 2025 as doubling trade 'in the near term' and set before in 2017, 2022 and 2023. No source sets it for calendar 2025. AZ data for January–October 2025 (600.3 mUSD, 1.5× y/y) make it unreachable in 2025: about 400 mUSD would have been needed in November–December (our arithmetic).",
    evidence: [
      { observation: "TG1", note: "1 bn USD a year, set Apr 2017." },
      { source: "kazinform-2017-10-26-trade-grows", note: "TG2: instruction to double trade by 2020 (Apr 2017)." },
      { observation: "TG3", note: "1 bn USD 'in the near future' (Aug 2022, Apr 2023)." },
      { observation: "TG4", note: "Double trade to 1 bn USD 'in the near term' (21 Oct 2025); no year given." },
      { observation: "TA-2025-10m", note: "600.3 mUSD in Jan–Oct 2025 (AZ SCC, preliminary)." },
      { observation: "TA-2025-10m-growth", note: "1.5× the same period of 2024: growth slowed after August." },
    ],
  },
  {
    slug: "wheat-exports-volume",
    position: 5,
    claimText: "Kazakhstan exports wheat (over 570,000 tons …) to Azerbaijan.",
    verdict: "supported",
    finding:
      "Kazakh grain and flour (grain equivalent) exports to Azerbaijan were 569 kt in September 2024–April 2025, about 113 times the ~5 kt of a year earlier. The figure is a marketing-year total (September–April), not a calendar year, and covers grain and flour rather than wheat alone.",
    evidence: [{ observation: "S7", note: "569 kt, Sep 2024–Apr 2025 marketing year (KZ Deputy Agriculture Minister / KTZ data)." }],
  },
  {
    slug: "wheat-exports-value",
    position: 6,
    claimText: "Kazakhstan exports wheat (… worth around 120 million USD) to Azerbaijan.",
    verdict: "not_found",
    finding:
      "No source was found for a value of about 120 mUSD for these shipments. AZ State Customs Committee commodity data (HS 1001) by partner would be needed.",
    evidence: [{ observation: "S7", note: "The volume is sourced; no value is given." }],
  },
  {
    slug: "companies-az-capital-in-kz",
    position: 7,
    claimText: "Today, about 1,500 companies with Azerbaijani capital operate in Kazakhstan.",
    verdict: "not_found",
    finding:
      "No source gives 1,500. The latest count found is more than 900 Azerbaijani-capital companies in Kazakhstan (Trend, March 2024); earlier counts were over 700 (2014, 2020) and over 500 registered (May 2022). Counts vary by source and method.",
    evidence: [
      { observation: "C6-az-in-kz", note: ">900 Azerbaijani-capital companies in KZ, Mar 2024." },
      { observation: "C3", note: ">500 Azerbaijani companies registered in KZ, May 2022." },
    ],
  },
  {
    slug: "companies-kz-capital-in-az",
    position: 8,
    claimText: "Roughly 150 Kazakh enterprises are registered in Azerbaijan.",
    verdict: "supported",
    finding:
      "Consistent with the sources, which range from about 150 to about 200: more than 150 (AZPROMO, April 2023), about 150 and more than 200 (two sources, March 2024), 182 entities with Kazakh investment (about mid-2024).",
    evidence: [
      { observation: "C5", note: ">150, Apr 2023 (AZPROMO)." },
      { observation: "C6-kz-in-az", note: "~150, Mar 2024 (Trend)." },
      { observation: "C7", note: ">200, Mar 2024 (AzerNews)." },
      { observation: "C8", note: "182 entities, ~mid-2024 (AzerNews)." },
    ],
  },
  {
    slug: "oil-transit-2023",
    position: 9,
    claimText:
      "Following the agreement between KazMunayGas and SOCAR on oil transportation via the Baku–Tbilisi–Ceyhan pipeline, transit volumes have been steadily increasing: 1.4 million tons in 2023.",
    verdict: "supported",
    finding: "KazTransOil: 1.392 Mt of Kazakh oil was shipped from Aktau toward BTC in 2023, of which 1.057 Mt from Tengiz.",
    evidence: [{ observation: "O3", note: "1.392 Mt toward BTC in 2023 (KazTransOil)." }],
  },
  {
    slug: "oil-transit-2024",
    position: 10,
    claimText: "… 1.6 million tons in 2024.",
    verdict: "contradicted",
    finding: "Official Kazakh figures put 2024 at about 1.5 Mt ('almost 1.5 Mt', Tokayev, 21 Oct 2025; also the Deputy Energy Minister, Apr 2025), not 1.6 Mt.",
    evidence: [{ observation: "O5", note: "~1.5 Mt in 2024." }],
  },
  {
    slug: "oil-transit-2025-expected",
    position: 11,
    claimText: "… and an expected 3 million tons in 2025.",
    verdict: "contradicted",
    finding:
      "The 2025 plan was 1.7 Mt; 0.9 Mt (KMG; 923 kt per the Energy Minister) was shipped in January–August; shipments were suspended from August to mid-September 2025 after contamination was found; the Energy Minister's full-year forecast is about 1.2 Mt.",
    evidence: [
      { observation: "O6", note: "2025 plan 1.7 Mt (KMG/KazTransOil via Reuters)." },
      { observation: "O7", note: "0.9 Mt (KMG) / 923 kt (Energy Minister) in Jan–Aug 2025." },
      { milestone: "O8", note: "Shipments suspended Aug–mid-Sep 2025." },
      { observation: "O9", note: "2025 full-year forecast ~1.2 Mt (Energy Minister Akkenzhenov)." },
    ],
  },
  {
    slug: "oil-transit-2027",
    position: 12,
    claimText: "By 2027, this figure could rise to 5–7 million tons.",
    verdict: "partly_supported",
    finding:
      "An increase to 7 Mt/yr by 2027 is under discussion (Shahbazov, 21st intergovernmental commission, 14 Oct 2025). It is a target under discussion, not a signed commitment or plan; the sources read mention 7 Mt/yr, not a 5–7 Mt range.",
    evidence: [
      { observation: "OA5", note: "7 Mt/yr by 2027 under discussion." },
      { milestone: "OA5", note: "Same statement, as a project milestone." },
    ],
  },
  {
    slug: "green-corridor-july-2025-memorandum",
    position: 13,
    claimText:
      "In July 2025, Azerbaijan, Kazakhstan, and Uzbekistan signed a memorandum to create the Green Energy Corridor — a transregional route for transmitting renewable electricity from Central Asia to Europe via the Caspian Sea and the South Caucasus.",
    verdict: "contradicted",
    finding:
      "On 1 July 2025 the three grid companies signed the founding document and charter of the joint venture Green Corridor Union; it was not a memorandum. The key intergovernmental agreement was signed by the presidents on 13 November 2024 (COP29, Baku); the memoranda date from November 2023 and May 2024.",
    evidence: [
      { milestone: "G1", note: "Nov 2023: first trilateral memorandum of the energy ministers." },
      { milestone: "G2", note: "May 2024: Tashkent memorandum on interconnecting the power systems." },
      { milestone: "G3", note: "May 2024: indicative scale ~7 GW." },
      { milestone: "G4", note: "Aug 2024: Astana protocol; feasibility study; JV agreed." },
      { milestone: "G5", note: "Oct 2024: ADB grant." },
      { milestone: "G6", note: "13 Nov 2024: intergovernmental agreement signed by the presidents." },
      { document: "green-energy-strategic-partnership-agreement-2024", note: "The agreement of 13 Nov 2024." },
      { milestone: "G7", note: "27 Dec 2024: founding agreement of the JV." },
      { milestone: "G8", note: "Apr 2025: memorandum with ADB and AIIB." },
      { milestone: "G9", note: "1 Jul 2025: founding document and charter of Green Corridor Union LLC." },
    ],
  },
  {
    slug: "power-cable-380km",
    position: 14,
    claimText: "The project envisions the construction of a 380-kilometer underwater cable between Aktau and Sumgayit.",
    verdict: "contradicted",
    finding:
      "A mix-up: the 380 km Sumgayit–Aktau subsea line is the Trans-Caspian fibre-optic line (AzerTelecom–Kazakhtelecom), not the power cable. Moody's puts the planned power cable at about 400 km.",
    evidence: [
      { observation: "F1", note: "Fibre-optic line: 380 km Sumgayit–Aktau, up to 400 Tbit/s." },
      { milestone: "G10", note: "Power cable: about 400 km (Moody's, Sep 2025)." },
    ],
  },
  {
    slug: "power-cable-cost-1-5bn",
    position: 15,
    claimText: "… with investments of around 1.5 billion USD.",
    verdict: "not_found",
    finding:
      "No source was found for about 1.5 bn USD. Kazakhstan's Energy Minister said on 22 October 2025 that the project cost will be known only after the feasibility study.",
    evidence: [{ milestone: "G11", note: "Cost to be known only after the feasibility study." }],
  },
  {
    slug: "investment-stocks-since-2005",
    position: 16,
    claimText:
      "Since 2005, Azerbaijani investments in Kazakhstan have totaled 425 million USD, while Kazakh investments in Azerbaijan have reached 156 million USD.",
    verdict: "not_found",
    finding:
      "Neither figure was found. The nearest sourced figures: Azerbaijani investment in Kazakhstan 306 mUSD (2005–2022, National Bank of Kazakhstan base; 211–215 mUSD as of March 2024 by other counts); Kazakh investment in Azerbaijan 95–114 mUSD. Stocks differ by source and method.",
    evidence: [
      { observation: "I2", note: "AZ→KZ 306.5 mUSD gross inflow, 2005–2020 (NBK)." },
      { observation: "I3", note: "KZ→AZ 75.7 mUSD, 2018–2019." },
      { observation: "I4", note: "204 / 100 mUSD as of Oct 2022." },
      { observation: "I6", note: "306 / 95 mUSD, 2005–2022." },
      { observation: "I7", note: "211.4 / 114 mUSD as of Mar 2024 (20th IGC)." },
      { observation: "I8", note: "215 / 114 mUSD as of Mar 2024." },
      { observation: "I9", note: "205.2 / 102.2 mUSD as of ~mid-2024." },
    ],
  },
  {
    slug: "lake-alakol-complex",
    position: 17,
    claimText: "Current joint projects include a tourist complex on Lake Alakol.",
    verdict: "supported",
    finding:
      "Confirmed as an Azerbaijani investment proposal: a year-round medical and wellness complex on Lake Alakol (Abai region, Kazakhstan), about 20 mUSD, presented in August 2025. It is a proposal, not a project under way.",
    evidence: [{ milestone: "P1", note: "Proposal presented Aug 2025 (~20 mUSD, 800 guests, ~200 jobs)." }],
  },
  {
    slug: "logistics-hubs",
    position: 18,
    claimText: "Current joint projects include … logistics hubs.",
    verdict: "supported",
    finding:
      "Confirmed in general terms: an Aktau container hub is being built and a cargo terminal is planned at Alat port (Tokayev, 21 Oct 2025); KTZ was given a land plot and berths at Alat in 2022.",
    evidence: [
      { milestone: "B4-aktau-hub", note: "Aktau container hub under construction." },
      { milestone: "B4-alat-terminal", note: "Cargo terminal planned at Alat." },
      { milestone: "T14", note: "KTZ memorandum with Baku port; plot and berths at Alat (Aug 2022)." },
    ],
  },
  {
    slug: "hbi-plant",
    position: 19,
    claimText:
      "Current joint projects include … the construction of a hot-briquetted iron plant with an annual capacity of 2 million tons and an estimated cost of 700 million USD.",
    verdict: "supported",
    finding:
      "Confirmed: the joint venture Azerbaijan Metal Company (Dashkasan Iron Ore and Kazakhstan's Fonte GreenMet fund) plans a 2 Mt/yr HBI plant costing about 700 mUSD. The plant is in Shamkir district, Azerbaijan; start is targeted for early 2029.",
    evidence: [
      { milestone: "P2-jv-founded", note: "JV set up 23 Sep 2025; 2 Mt/yr, ~700 mUSD." },
      { milestone: "P2-feasibility-contract", note: "1.51 mUSD feasibility-study contract with Sinosteel, 13 Nov 2025." },
    ],
  },
  {
    slug: "alem-ai-presidents-tour",
    position: 20,
    claimText:
      "During the visit, the presidents toured the international center Alem.ai, where they discussed launching joint technology initiatives and startups.",
    verdict: "not_found",
    finding:
      "No source was found saying that the presidents toured Alem.ai during the visit. The centre itself exists: it had its technical opening in Astana on 2 October 2025.",
    evidence: [
      { milestone: "A1-opening", note: "Technical opening 2 Oct 2025; the presidents' tour is not confirmed (A2)." },
      { source: "tass-2025-10-02-alem-ai", note: "The centre is confirmed; no visit by the presidents reported." },
    ],
  },
];
