import { en, type Dictionary } from "./en";

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];

const dictionaries: Record<Locale, Dictionary> = { en };

export function getDictionary(locale: Locale = "en"): Dictionary {
  return dictionaries[locale];
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
