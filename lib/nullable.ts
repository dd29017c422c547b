/** An object with each optional (undefined) property made an explicit null: the shape of a nullable SQL column. */
export type UndefinedToNull<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/**
 * Zod and the seed data leave absent values undefined; the database stores null. The one place
 * that conversion happens (mutations and the seed), so no column is left out of it by hand.
 */
export function undefinedToNull<T extends object>(value: T): UndefinedToNull<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = v === undefined ? null : v;
  return out as UndefinedToNull<T>;
}
