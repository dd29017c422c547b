import { briefingText as briefingEn, type BriefingText } from "./en-briefing";
import { currencyText as currencyEn, type CurrencyText } from "./en-currency";
import { briefingTextKk } from "./kk-briefing";
import { currencyTextKk } from "./kk-currency";
import { briefingTextRu } from "./ru-briefing";
import { currencyTextRu } from "./ru-currency";
import type { Locale } from "./locales";
import { requestProxy } from "./request-proxy";

/**
 * Text only server code reads (the briefing, how current the data is), per locale: kept out of
 * the dictionary that client components may import, so no browser bundle carries it.
 */
const briefing: Partial<Record<Locale, BriefingText>> = { en: briefingEn, kk: briefingTextKk, ru: briefingTextRu };
const currency: Partial<Record<Locale, CurrencyText>> = { en: currencyEn, kk: currencyTextKk, ru: currencyTextRu };

export function getBriefingText(locale: Locale): BriefingText {
  return briefing[locale] ?? briefingEn;
}

/** The briefing's words in the language of the page being rendered. */
export const briefingText: BriefingText = requestProxy(briefing, briefingEn);
/** The data-currency lines in the language of the page being rendered. */
export const currencyText: CurrencyText = requestProxy(currency, currencyEn);
