/**
 * The error pages' text, in English, outside the dictionary module: the error boundary
 * (app/(site)/error.tsx) is client code loaded with every page, and importing the whole dictionary
 * there put a second copy of all interface text into every page's JavaScript. The dictionary
 * (en.ts) includes this section, so everything else reads it through `getDictionary()` as before.
 */
export const errorsEn = {
  title: "This page could not be loaded",
  body: "The data could not be read. Nothing was changed. Try again in a moment.",
  retry: "Try again",
  notFoundTitle: "Page not found",
  notFoundBody: "There is no page at this address.",
  backHome: "Back to the overview",
} as const;

export type ErrorTexts = { readonly [K in keyof typeof errorsEn]: string };
