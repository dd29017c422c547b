/** Small typed errors raised inside write transactions and mapped to messages at the action edge. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ConflictError<T = unknown> extends Error {
  constructor(
    message: string,
    readonly current: T,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export interface Actor {
  id: number;
  email: string;
}

/** Input that passed its schema but breaks a rule that needs the database (a negative tonnage: the unit is the indicator's). */
export class InvalidFieldsError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors)[0] ?? "Invalid input");
    this.name = "InvalidFieldsError";
  }
}
