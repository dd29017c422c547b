import { en, type Dictionary } from "./en";

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];

const dictionaries: Record<Locale, Dictionary> = { en };

export function getDictionary(locale: Locale = "en"): Dictionary {
  return dictionaries[locale];
}

export type { Dictionary };
