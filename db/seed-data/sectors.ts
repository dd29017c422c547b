import type { SectorSlug } from "../../lib/constants";

export const sectorSeeds: { slug: SectorSlug; name: string; description: string; primary: boolean; sortOrder: number }[] = [
  { slug: "trade", name: "Trade", description: "Bilateral trade in goods: turnover as reported by each side, its structure and targets.", primary: true, sortOrder: 1 },
  { slug: "investment", name: "Investment", description: "Investment stocks in each direction, joint funds and companies with the other side's capital.", primary: true, sortOrder: 2 },
  { slug: "energy", name: "Energy", description: "Kazakh oil transit via Azerbaijan (Baku–Tbilisi–Ceyhan), the Green Energy Corridor and other energy ties.", primary: true, sortOrder: 3 },
  { slug: "transport", name: "Transport", description: "The Trans-Caspian International Transport Route (Middle Corridor), ports, ferries and rail.", primary: true, sortOrder: 4 },
  { slug: "digital", name: "Digital", description: "The Trans-Caspian fibre-optic line, digital government and artificial intelligence.", primary: true, sortOrder: 5 },
  { slug: "political", name: "Political and institutional", description: "Treaties, declarations, the Supreme Interstate Council and foreign-policy coordination.", primary: false, sortOrder: 6 },
  { slug: "industry", name: "Industry and industrial safety", description: "Industrial cooperation, joint production and industrial safety.", primary: false, sortOrder: 7 },
  { slug: "health", name: "Health care", description: "Cooperation in health care.", primary: false, sortOrder: 8 },
  { slug: "statistics", name: "Statistics", description: "Cooperation between the statistical services.", primary: false, sortOrder: 9 },
  { slug: "culture", name: "Culture, education and humanitarian ties", description: "Culture, education, science, youth and humanitarian cooperation.", primary: false, sortOrder: 10 },
  { slug: "legal", name: "Legal cooperation", description: "Legal assistance and cooperation between legal bodies.", primary: false, sortOrder: 11 },
];
