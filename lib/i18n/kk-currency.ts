import type { CurrencyText } from "./en-currency";

/** Kazakh text about how current the data is (server components only, like en-currency.ts). */
export const currencyTextKk: CurrencyText = {
  dataAsOf: (date: string) => `Деректер күні: ${date}`,
  lastEdited: (date: string) => `Соңғы өңделген күні: ${date}`,
  newest: "Ең соңғы мән",
  nextRelease: "Келесі мән күтілетін мерзім",
  // "Checked to <date>" would need a dative ending on the date ("1 қазанға дейін"), which depends on how the date is spelled, so the date follows a colon.
  overdue: (status: string, when: string, checkedTo: string) => `${status}: ${when} — орындалғаны туралы хабар табылмады; дереккөздер тексерілген күн: ${checkedTo}`,
};
