"use client";

import { createContext, useContext, type ReactNode } from "react";
import { getDictionary, DEFAULT_LOCALE, type Locale } from "@/lib/i18n";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The page's locale for client components (server code reads it from lib/i18n/request-locale.ts). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The page's dictionary in a client component. Only admin and interactive views use this; public first-load components take their words as props. */
export function useDictionary() {
  return getDictionary(useLocale());
}
