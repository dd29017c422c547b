import type { BriefingText } from "./en-briefing";

/**
 * The briefing's text in Azerbaijani; server-only, like en-briefing.ts. "Arayış" is the word
 * Azerbaijani officialdom uses for a one-page information note.
 */
export const briefingTextAz: BriefingText = {
  pageTitle: "Arayış",
  link: "Çap üçün arayış (bir səhifə, mənbə qeydləri ilə)",
  heading: "Arayış: Azərbaycan–Qazaxıstan iqtisadi əməkdaşlığı",
  scope: (sector: string, period: string) => `${sector} · ${period}`,
  allSectors: "Bütün sahələr",
  prepared: (today: string, dataAsOf: string) => `Hazırlanıb: ${today} · məlumatlar ${dataAsOf} tarixinə`,
  pdf: "PDF yüklə",
  pdfLabel: "Bu arayışı PDF formatında yüklə (A4)",
  onScreen: "Hər rəqəmin mənbəyinə nömrələnmiş qeyd verilib; qeydlərin siyahısı sondadır. A4 formatında çap üçün nəzərdə tutulub.",
  headlines: "Əsas göstəricilər",
  headlinesLead: "Hər tərəfin öz rəqəmi dərc olunduğu kimi verilir: Azərbaycan və Qazaxıstan sıraları heç vaxt birləşdirilmir.",
  indicator: "Göstərici",
  notPublished: "dərc olunmayıb",
  rowKind: { fullYear: "son tam il", partYear: "son natamam il", stock: "son yığılmış həcm", target: "müəyyən edilmiş hədəf" },
  documents: "2025-ci il oktyabrın 21-də imzalanmış sənədlər",
  documentsCount: (reported: number | null, recorded: number, identified: number) =>
    `${reported ?? recorded} sənəd imzalanıb${reported !== null && reported !== recorded ? ` (qeydə alınıb: ${recorded})` : ""}; adına görə müəyyənləşdirilib: ${identified}`,
  documentsOfSector: (n: number) => `Onlardan ${n} sənəd bu sahəyə aiddir`,
  documentsNone: "Onlardan heç birinin bu sahəyə aid olduğu bildirilmir.",
  sectorReported: (sectors: string) => `Yalnız sahəsi bildirilib, adı dərc olunmayıb: ${sectors}`,
  unidentified: (n: number) => `${n} sənəd yalnız ümumi saydan məlumdur`,
  overdue: "Vaxtı keçmiş",
  overdueLead: (checkedTo: string) => `Tarixi keçmiş planlar və gözləntilər: mənbələrdə icra olunduğu barədə məlumat tapılmayıb (${checkedTo} tarixinədək yoxlanılıb).`,
  overdueNone: "Bu sahə və dövr üzrə vaxtı keçmiş heç nə yoxdur.",
  charts: "Əsas diaqramlar",
  chartSources: "Mənbələr",
  footnotes: "Mənbələr",
  footnoteLine: (title: string, publisher: string, date: string) => `${title}. ${publisher}, ${date}.`,
  noFigures: "Bu sahə və dövr üzrə rəqəm qeydə alınmayıb.",
};
