"use client";

import { getDictionary, type Dictionary } from "@/lib/i18n";
import { useLocale } from "./locale-provider";

/**
 * The page's dictionary in a client component: all four languages' interface text travels with the
 * component, so only the admin area and the optional interactive views use it. Public first-load
 * components take their words as props from the server (the first-load budget of "/").
 */
export function useDictionary(): Dictionary {
  return getDictionary(useLocale());
}
