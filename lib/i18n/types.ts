/**
 * The shape every locale's dictionary has: the English dictionary's keys and function signatures,
 * with its string literals widened to `string` so another language can fill them. A missing key or
 * a function with the wrong parameters is a type error, so `npm run typecheck` fails on an
 * incomplete dictionary before any test runs.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;
