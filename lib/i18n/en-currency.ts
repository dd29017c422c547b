import type { Widen } from "./types";
/**
 * Interface text about how current the data is. Read only by server components, so it is kept out
 * of the dictionary that client bundles carry (the first-load JavaScript budget of "/").
 */
export const currencyText = {
  dataAsOf: (date: string) => `Data as of ${date}`,
  lastEdited: (date: string) => `Last edited ${date}`,
  newest: "Newest figure",
  nextRelease: "Next figure expected",
  overdue: (status: string, when: string, checkedTo: string) => `${status} for ${when} — no report of completion found; sources checked to ${checkedTo}`,
};

export type CurrencyText = Widen<typeof currencyText>;
