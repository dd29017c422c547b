import { en, type Dictionary } from "./en";
import { az } from "./az";
import { kk } from "./kk";
import { ru } from "./ru";
import { requestLocale } from "./request-locale";
import type { Locale } from "./locales";

export * from "./locales";

const dictionaries: Record<Locale, Dictionary> = { az, kk, ru, en };

function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/**
 * The request's dictionary, resolved at each property read: server modules may keep `const t =
 * getDictionary()` at module level and still read the language of the page being rendered.
 */
const requestDictionary = new Proxy({} as Dictionary, {
  get: (_, key) => dictionaryFor(requestLocale())[key as keyof Dictionary],
  has: (_, key) => key in en,
  ownKeys: () => Reflect.ownKeys(en),
  getOwnPropertyDescriptor: (_, key) => ({ configurable: true, enumerable: true, value: dictionaryFor(requestLocale())[key as keyof Dictionary] }),
});

/** A locale's dictionary; without one, the dictionary of the page being rendered (server code, lib/i18n/request-locale.ts). */
export function getDictionary(locale?: Locale): Dictionary {
  return locale ? dictionaryFor(locale) : requestDictionary;
}

export type { Dictionary };

/** The export menu's words for one chart, as plain strings a client component can receive. */
export function exportMenuLabels(title: string, locale?: Locale) {
  const { export: e, share } = getDictionary(locale);
  return {
    copyLink: share.copyLinkToChart,
    copyEmbed: share.copyEmbedCode,
    linkCopied: share.copied,
    embedCopied: share.embedCopied,
    copyFailed: share.copyFailed,
    button: e.button,
    buttonLabel: e.buttonLabel(title),
    items: e.items,
    formatName: e.formatName,
    working: e.working("{x}"),
    done: e.done("{x}"),
    failed: e.failed("{x}"),
    retry: e.retry,
    dismiss: e.dismiss,
  };
}

/** The filter bar's words, without the functions a client component cannot receive. */
export function filterLabels(locale?: Locale) {
  const { range, ...labels } = getDictionary(locale).filters;
  void range;
  return labels;
}
