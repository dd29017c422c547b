/**
 * Plural forms by the CLDR rules of a language (Intl.PluralRules): English and Kazakh and
 * Azerbaijani have "one" and "other" for cardinals; Russian also has "few" and "many"
 * (1 показатель, 2 показателя, 5 показателей). `forms.other` is used for any category not given.
 */
export type PluralForms = { one?: string; few?: string; many?: string; other: string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  const category = r.select(n) as keyof PluralForms;
  return forms[category] ?? forms.other;
}
