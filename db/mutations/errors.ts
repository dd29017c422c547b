import { en, type Dictionary } from "../../lib/i18n/en";

/**
 * Small typed errors raised inside write transactions and mapped to messages at the action edge.
 * Each carries its text as a function of a dictionary, so the action answers in the editor's
 * language (`textIn`); `message` is the English text, for logs and tests.
 */
type Text<T = string> = (t: Dictionary) => T;

export class NotFoundError extends Error {
  constructor(readonly text: Text) {
    super(text(en));
    this.name = "NotFoundError";
  }

  textIn(t: Dictionary): string {
    return this.text(t);
  }
}

export class ConflictError<T = unknown> extends Error {
  constructor(
    readonly text: Text,
    readonly current: T,
  ) {
    super(text(en));
    this.name = "ConflictError";
  }

  textIn(t: Dictionary): string {
    return this.text(t);
  }
}

export interface Actor {
  id: number;
  email: string;
}

/** Input that passed its schema but breaks a rule that needs the database (a negative tonnage: the unit is the indicator's). */
export class InvalidFieldsError extends Error {
  readonly fieldErrors: Record<string, string>;

  constructor(readonly text: Text<Record<string, string>>) {
    const fieldErrors = text(en);
    super(Object.values(fieldErrors)[0] ?? "Invalid input");
    this.fieldErrors = fieldErrors;
    this.name = "InvalidFieldsError";
  }

  fieldErrorsIn(t: Dictionary): Record<string, string> {
    return this.text(t);
  }
}
