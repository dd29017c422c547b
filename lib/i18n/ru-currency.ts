import type { CurrencyText } from "./en-currency";

/** Russian text about how current the data is (server components only, like en-currency.ts). */
export const currencyTextRu: CurrencyText = {
  dataAsOf: (date: string) => `Данные на ${date}`,
  lastEdited: (date: string) => `Последнее изменение: ${date}`,
  newest: "Последние данные",
  nextRelease: "Следующие данные ожидаются",
  // The status comes first and stands alone ("запланировано", "ожидается"), so the date goes in parentheses rather than after a preposition that would have to agree with it.
  overdue: (status: string, when: string, checkedTo: string) => `${status} (срок: ${when}) — сведений о выполнении не найдено; источники проверены по состоянию на ${checkedTo}`,
};
