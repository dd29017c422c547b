import type { BriefingText } from "./en-briefing";

/**
 * Interface text of the briefing in Kazakh (server code only, like en-briefing.ts). "Briefing" is
 * rendered as «анықтама», the word Kazakh official usage has for a one-page information note.
 */
export const briefingTextKk: BriefingText = {
  pageTitle: "Анықтама",
  link: "Басып шығаруға арналған анықтама (бір бет, сілтемелерімен)",
  heading: "Анықтама: Әзірбайжан мен Қазақстанның экономикалық ынтымақтастығы",
  scope: (sector: string, period: string) => `${sector} · ${period}`,
  allSectors: "Барлық салалар",
  prepared: (today: string, dataAsOf: string) => `Дайындалған күні: ${today} · деректер күні: ${dataAsOf}`,
  pdf: "PDF жүктеп алу",
  pdfLabel: "Осы анықтаманы PDF форматында жүктеп алу (A4)",
  onScreen: "Әрбір мәннің дереккөзіне нөмірленген сілтемесі бар; тізім соңында берілген. A4 форматында басып шығаруға арналған.",
  headlines: "Негізгі көрсеткіштер",
  headlinesLead: "Әр тараптың өз мәні, жарияланған күйінде: Әзірбайжан мен Қазақстан деректер қатарлары ешқашан біріктірілмейді.",
  indicator: "Көрсеткіш",
  notPublished: "жарияланбаған",
  rowKind: { fullYear: "соңғы толық жыл", partYear: "соңғы толық емес жыл", stock: "соңғы жинақталған көлем", target: "белгіленген меже" },
  documents: "2025 жылғы 21 қазандағы құжаттар",
  documentsCount: (reported: number | null, recorded: number, identified: number) =>
    `Қол қойылған құжаттар: ${reported ?? recorded}${reported !== null && reported !== recorded ? ` (тіркелгені: ${recorded})` : ""}; атауы бойынша анықталғаны: ${identified}`,
  documentsOfSector: (n: number) => `Олардың ${n} құжаты осы салаға қатысты`,
  documentsNone: "Олардың ешқайсысы осы салаға қатысты екені хабарланбаған.",
  sectorReported: (sectors: string) => `Тек саласы хабарланған, атауы жарияланбаған: ${sectors}`,
  unidentified: (n: number) => `${n} құжат тек жалпы саны бойынша белгілі`,
  overdue: "Мерзімі өткен",
  overdueLead: (checkedTo: string) => `Мерзімі өтіп кеткен жоспарлар мен күтілген нәтижелер: дереккөздерде олардың орындалғаны туралы хабар табылмады (дереккөздер тексерілген күн: ${checkedTo}).`,
  overdueNone: "Бұл сала мен кезең бойынша мерзімі өткен ештеңе жоқ.",
  charts: "Негізгі диаграммалар",
  chartSources: "Дереккөздер",
  footnotes: "Дереккөздер",
  footnoteLine: (title: string, publisher: string, date: string) => `${title}. ${publisher}, ${date}.`,
  noFigures: "Бұл сала мен кезең бойынша мәндер тіркелмеген.",
};
