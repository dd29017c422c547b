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
