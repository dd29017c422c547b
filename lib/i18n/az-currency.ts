import type { CurrencyText } from "./en-currency";

/** Azerbaijani text about how current the data is; server-only, like en-currency.ts. */
export const currencyTextAz: CurrencyText = {
  dataAsOf: (date: string) => `Məlumatlar ${date} tarixinə`,
  lastEdited: (date: string) => `Son redaktə: ${date}`,
  newest: "Ən yeni rəqəm",
  nextRelease: "Növbəti rəqəmin gözlənilən vaxtı",
  overdue: (status: string, when: string, checkedTo: string) => `${status} (${when}) — icra olunduğu barədə məlumat tapılmayıb; mənbələr ${checkedTo} tarixinədək yoxlanılıb`,
};
