import { en, type Dictionary } from "./en";

/** The app's languages, in the order the language switch lists them. */
export const LOCALES = ["az", "kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Filled in as each language's dictionary lands; until then a locale reads English.
const dictionaries: Partial<Record<Locale, Dictionary>> = { en };

export function getDictionary(locale: Locale = "en"): Dictionary {
  return dictionaries[locale] ?? en;
}

export type { Dictionary };

/** The export menu's words for one chart, as plain strings a client component can receive. */
export function exportMenuLabels(title: string, locale: Locale = "en") {
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
export function filterLabels(locale: Locale = "en") {
  const { range, ...labels } = getDictionary(locale).filters;
  void range;
  return labels;
}
