import { en, type Dictionary } from "../../lib/i18n/en";
import type { Locale } from "../../lib/i18n/locales";

/**
 * Small typed errors raised inside write transactions and mapped to messages at the action edge.
 * Each carries its text as a function of a dictionary, so the action answers in the editor's
 * language (`textIn`); `message` is the English text, for logs and tests. A plain string is one
 * text in every language (for NotFoundError, the name of what was not found, as before).
 */
type Text<T = string> = (t: Dictionary, locale: Locale) => T;

const asText = <T>(text: T | Text<T>): Text<T> => (typeof text === "function" ? (text as Text<T>) : () => text);

export class NotFoundError extends Error {
  readonly text: Text;

  constructor(text: string | Text) {
    const fn = typeof text === "string" ? () => `${text} not found` : text;
    super(fn(en, "en"));
    this.text = fn;
    this.name = "NotFoundError";
  }

  textIn(t: Dictionary, locale: Locale): string {
    return this.text(t, locale);
  }
}

export class ConflictError<T = unknown> extends Error {
  readonly text: Text;

  constructor(
    text: string | Text,
    readonly current: T,
  ) {
    const fn = asText(text);
    super(fn(en, "en"));
    this.text = fn;
    this.name = "ConflictError";
  }

  textIn(t: Dictionary, locale: Locale): string {
    return this.text(t, locale);
  }
}

export interface Actor {
  id: number;
  email: string;
}

/** Input that passed its schema but breaks a rule that needs the database (a negative tonnage: the unit is the indicator's). */
export class InvalidFieldsError extends Error {
  readonly text: Text<Record<string, string>>;
  readonly fieldErrors: Record<string, string>;

  constructor(fieldErrors: Record<string, string> | Text<Record<string, string>>) {
    const fn = asText(fieldErrors);
    const english = fn(en, "en");
    super(Object.values(english)[0] ?? "Invalid input");
    this.text = fn;
    this.fieldErrors = english;
    this.name = "InvalidFieldsError";
  }

  fieldErrorsIn(t: Dictionary, locale: Locale): Record<string, string> {
    return this.text(t, locale);
  }
}
