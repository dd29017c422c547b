import type { BriefingText } from "./en-briefing";
import { plural } from "./plural";

/** The briefing's interface text (page and PDF) in Russian; read only by server code, like en-briefing.ts. */
export const briefingTextRu: BriefingText = {
  pageTitle: "Справка",
  link: "Справка для печати (одна страница, со сносками)",
  heading: "Справка: экономическое сотрудничество Азербайджана и Казахстана",
  scope: (sector: string, period: string) => `${sector} · ${period}`,
  allSectors: "Все отрасли",
  prepared: (today: string, dataAsOf: string) => `Подготовлено ${today} · данные на ${dataAsOf}`,
  pdf: "Скачать PDF",
  pdfLabel: "Скачать эту справку в формате PDF (A4)",
  onScreen: "У каждого значения есть пронумерованная сноска на источник; список источников приведён в конце. Рассчитано на печать на листе A4.",
  headlines: "Ключевые показатели",
  headlinesLead: "Данные каждой стороны в том виде, в каком они опубликованы: азербайджанские и казахстанские ряды никогда не объединяются.",
  indicator: "Показатель",
  notPublished: "не опубликовано",
  rowKind: { fullYear: "последний полный год", partYear: "последний неполный год", stock: "последние данные о накопленном объёме", target: "установленная цель" },
  documents: "Документы от 21 октября 2025 года",
  documentsCount: (reported: number | null, recorded: number, identified: number) => {
    const n = reported ?? recorded;
    const signed = plural("ru", n, { one: `Подписан ${n} документ`, few: `Подписаны ${n} документа`, many: `Подписано ${n} документов`, other: `Подписано ${n} документа` });
    return `${signed}${reported !== null && reported !== recorded ? ` (внесено в базу: ${recorded})` : ""}; по названию установлено: ${identified}`;
  },
  // Russian verbs agree with the count, so this line needs plural forms although the English one does not.
  documentsOfSector: (n: number) =>
    plural("ru", n, { one: `${n} из них касается этой отрасли`, few: `${n} из них касаются этой отрасли`, many: `${n} из них касаются этой отрасли`, other: `${n} из них касаются этой отрасли` }),
  documentsNone: "Ни один из них, по имеющимся данным, не касается этой отрасли.",
  sectorReported: (sectors: string) => `Известна только отрасль, название не опубликовано: ${sectors}`,
  unidentified: (n: number) =>
    plural("ru", n, {
      one: `${n} документ известен только по общему числу`,
      few: `${n} документа известны только по общему числу`,
      many: `${n} документов известны только по общему числу`,
      other: `${n} документа известны только по общему числу`,
    }),
  overdue: "Сроки прошли",
  overdueLead: (checkedTo: string) => `Планы и ожидания, срок которых истёк: сообщений о выполнении в источниках не найдено (проверено по состоянию на ${checkedTo}).`,
  overdueNone: "По этой отрасли и за этот период просроченных этапов нет.",
  charts: "Основные графики",
  chartSources: "Источники",
  footnotes: "Источники",
  footnoteLine: (title: string, publisher: string, date: string) => `${title}. ${publisher}, ${date}.`,
  noFigures: "По этой отрасли за этот период данных нет.",
};
