import type { z } from "zod";

/**
 * The state of a form for one of the action schemas: the schema's input keys, each held as the
 * string an input element gives (lists as the values they parse to). Derived from the same schema
 * the server action parses with, so a field added to the schema is a type error in every form
 * that does not have it yet.
 */
export type FormValues<S extends z.ZodType> = {
  [K in keyof z.input<S>]-?: K extends keyof z.output<S> ? (NonNullable<z.output<S>[K]> extends readonly unknown[] ? NonNullable<z.output<S>[K]> : string) : string;
};
