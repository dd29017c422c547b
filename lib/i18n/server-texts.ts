import { briefingText as briefingEn, type BriefingText } from "./en-briefing";
import { currencyText as currencyEn, type CurrencyText } from "./en-currency";
import { briefingTextAz } from "./az-briefing";
import { currencyTextAz } from "./az-currency";
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
const briefing: Record<Locale, BriefingText> = { az: briefingTextAz, kk: briefingTextKk, ru: briefingTextRu, en: briefingEn };
const currency: Record<Locale, CurrencyText> = { az: currencyTextAz, kk: currencyTextKk, ru: currencyTextRu, en: currencyEn };

export function getBriefingText(locale: Locale): BriefingText {
  return briefing[locale];
}

/** The briefing's words in the language of the page being rendered. */
export const briefingText: BriefingText = requestProxy(briefing, briefingEn);
/** The data-currency lines in the language of the page being rendered. */
export const currencyText: CurrencyText = requestProxy(currency, currencyEn);
