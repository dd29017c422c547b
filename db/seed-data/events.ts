/**
 * Visits, Supreme Interstate Council meetings and commission sessions (fact sheet §1.1 V1–V3, §10 L1–L12).
 * Where the sheet does not state the type of a visit, the kind is "other" and the summary says so.
 */
import type { EventSeed } from "./types";

export const eventSeeds: EventSeed[] = [
  {
    slug: "diplomatic-relations-1992",
    title: "Diplomatic relations established",
    kind: "other",
    startDate: "1992-08-30",
    summary:
      "Azerbaijan and Kazakhstan established diplomatic relations on 30 August 1992. Kazakhstan's embassy in Baku opened on 9 January 1993, Azerbaijan's embassy in Astana on 1 March 2004; an Azerbaijani consulate has worked in Aktau since September 2008 (L1).",
    source: "alp-undated-cooperation-timeline",
  },
  {
    slug: "official-visit-heydar-aliyev-1997",
    title: "Official visit of President Heydar Aliyev to Kazakhstan",
    kind: "official_visit",
    startDate: "1997-06-10",
    endDate: "1997-06-11",
    summary:
      "Heydar Aliyev's official visit, 10–11 June 1997: agreements on visa-free travel, free trade, legal assistance in civil matters and oil engineering were signed (L2). The sheet does not give the city.",
    source: "aliyev-heritage-undated-1997-visit",
  },
  {
    slug: "declaration-astana-2004",
    title: "Declaration on friendly relations and strategic partnership signed in Astana",
    kind: "other",
    startDate: "2004-03-01",
    place: "Astana",
    summary:
      "On 1 March 2004 a Declaration on friendly relations and strategic partnership was signed in Astana (L3); Azerbaijan's embassy in Astana opened the same day. The sheet does not describe the visit during which it was signed.",
    source: "alp-undated-cooperation-timeline",
  },
  {
    slug: "treaty-signing-baku-2005",
    title: "Treaty on Strategic Partnership and Allied Relations signed in Baku",
    kind: "other",
    startDate: "2005-05-24",
    place: "Baku",
    summary:
      "The Treaty on Strategic Partnership and Allied Relations was signed in Baku on 24 May 2005 (L4). Its 20th anniversary was marked by a Joint Statement of the presidents in Astana on 21 October 2025. The sheet does not describe the visit during which the treaty was signed.",
    source: "turanews-undated-2023-joint-statement",
  },
  {
    slug: "visit-nazarbayev-baku-2017",
    title: "President Nazarbayev's visit to Baku",
    kind: "other",
    startDate: "2017-04",
    place: "Baku",
    summary:
      "Nazarbayev's visit to Baku in April 2017 set a goal of raising trade to 1 bn USD a year and an instruction to double trade by 2020 (L5, TG1, TG2). The exact dates and the type of visit are not given in the sources read.",
    source: "commonspace-2017-04-nazarbayev",
  },
  {
    slug: "official-visit-baku-2022",
    title: "President Tokayev's official visit to Baku",
    kind: "official_visit",
    startDate: "2022-08-24",
    place: "Baku",
    summary:
      "Tokayev's official visit to Baku on 24 August 2022: a Declaration on Strengthening Strategic Relations and Deepening Allied Interaction and a Comprehensive Programme of Cooperation for 2022–2026 were signed. Kazinform reports 10 documents; Aliyev said more than 20 were signed, including agency-level ones (L6).",
    source: "kazinform-undated-a3970728",
  },
  {
    slug: "igc-19-2023",
    title: "19th meeting of the intergovernmental commission",
    kind: "commission_session",
    startDate: "2023-04-07",
    summary:
      "19th meeting of the Azerbaijan–Kazakhstan intergovernmental commission (IGC), 7 April 2023, with Azerbaijan's Energy Minister P. Shahbazov reporting on trade. The sheet does not give the place.",
    source: "news-az-2023-04-07-igc19",
  },
  {
    slug: "official-visit-astana-2023",
    title: "President Ilham Aliyev's official visit to Astana",
    kind: "official_visit",
    startDate: "2023-04-10",
    place: "Astana",
    summary:
      "Aliyev's official visit to Astana on 10 April 2023: a Protocol establishing the Supreme Interstate Council, a Joint Statement and six memoranda (SMEs, science, media, sports, culture, among others) were signed (L7).",
    source: "newscentralasia-2023-04-11-summit-results",
  },
  {
    slug: "pm-visit-baku-2023",
    title: "Prime Minister Smailov's visit to Baku",
    kind: "other",
    startDate: "2023-06-22",
    place: "Baku",
    summary:
      "Kazakh Prime Minister A. Smailov in Baku on 22 June 2023 (prime ministers' meeting): 11 documents, including the AzerTelecom–Kazakhtelecom shareholder agreement, the ADY–KTZ–Georgian Railway JV principles and the SOCAR–KMG transit memorandum (L8). The type of visit is not stated in the sources read.",
    source: "azernews-undated-211416",
  },
  {
    slug: "igc-20-astana-2024",
    title: "20th meeting of the intergovernmental commission",
    kind: "commission_session",
    startDate: "2024-03-05",
    place: "Astana",
    summary:
      "20th meeting of the Azerbaijan–Kazakhstan intergovernmental commission (IGC), Astana, 5 March 2024. Trade of about 314 mUSD in 2023 and investment stocks were reported there.",
    source: "astana-times-2024-03-06-fund",
  },
  {
    slug: "state-visit-baku-2024",
    title: "President Tokayev's state visit to Baku",
    kind: "state_visit",
    startDate: "2024-03-11",
    endDate: "2024-03-12",
    place: "Baku",
    summary:
      "Tokayev's state visit to Baku, 11–12 March 2024, with the first meeting of the Supreme Interstate Council. 14 documents were signed according to Astana Times; Trend says 9 (L9).",
    source: "astanatimes-2024-03-strategic-partnership",
  },
  {
    slug: "sic-1-baku-2024",
    title: "1st meeting of the Supreme Interstate Council",
    kind: "sic_meeting",
    startDate: "2024-03-11",
    place: "Baku",
    summary: "First meeting of the Azerbaijan–Kazakhstan Supreme Interstate Council, Baku, 11 March 2024 (V3), during Tokayev's state visit.",
    source: "president-az-2024-03-11-first-sic",
  },
  {
    slug: "foreign-ministers-action-plan-2025",
    title: "Foreign ministries sign action plan for 2025–2026",
    kind: "ministerial",
    startDate: "2025-03",
    summary:
      "In March 2025 the foreign ministries signed an action plan for 2025–2026 (ministers J. Bayramov and M. Nurtleu) (L10). The exact date and place are not given in the sheet.",
    source: "xalqqazeti-undated-foreign-ministries",
  },
  {
    slug: "igc-21-baku-2025",
    title: "21st meeting of the intergovernmental commission",
    kind: "commission_session",
    startDate: "2025-10-14",
    place: "Baku",
    summary:
      "21st meeting of the Joint Intergovernmental Commission on trade and economic cooperation, Baku, 14 October 2025, co-chaired by P. Shahbazov and S. Sauranbayev. The 22nd meeting will be held in Kazakhstan in 2026 (L11). Other reports of the session: agreement to deepen cooperation on digitalisation, AI, start-ups and shipbuilding (A3, Trend); a rise of Kazakh oil transit to 7 Mt/yr by 2027 under discussion (OA5, News.Az).",
    source: "haqqin-undated-362946",
  },
  {
    slug: "state-visit-astana-2025",
    title: "President Ilham Aliyev's state visit to Kazakhstan",
    kind: "state_visit",
    startDate: "2025-10-20",
    endDate: "2025-10-21",
    place: "Astana",
    summary:
      "State visit of President Ilham Aliyev to Kazakhstan, 20–21 October 2025: talks, the 2nd Supreme Interstate Council meeting and a business forum. 15 documents were signed or exchanged (V1, V4, L12). Kazakh sources, TASS, Report and AzerNews call it a state visit; the starting article and one AZERTAC commentary say 'official visit'.",
    source: "tass-2025-10-20-state-visit",
  },
  {
    slug: "sic-2-astana-2025",
    title: "2nd meeting of the Supreme Interstate Council",
    kind: "sic_meeting",
    startDate: "2025-10-21",
    place: "Astana",
    summary:
      "Second meeting of the Supreme Interstate Council, Astana, 21 October 2025, chaired by both presidents. Agenda: transport, logistics, digitalisation, fuel and energy, culture and humanitarian ties (V2).",
    source: "azertac-2025-10-21-second-sic",
  },
  {
    slug: "business-forum-2025",
    title: "Kazakhstan–Azerbaijan Business Forum",
    kind: "forum",
    startDate: "2025-10-21",
    summary:
      "A Kazakhstan–Azerbaijan Business Forum was held during the state visit; Tokayev referred to it in his briefing statement. No source lists deals signed at the forum, their number or value (§1.5.2).",
    source: "qaa-2025-10-21-tokayev-briefing",
  },
];
