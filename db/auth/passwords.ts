import { hash, verify } from "@node-rs/argon2";

/**
 * Argon2id with OWASP's minimum profile (19 MiB, 2 iterations, 1 lane). The PHC string
 * stores these parameters, so raising them later still verifies old hashes.
 */
// 2 = Argon2id in @node-rs/argon2 (its Algorithm enum is a const enum, unusable with isolatedModules).
export const ARGON2_PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

/** Reads the Argon2 parameters back out of a PHC string such as $argon2id$v=19$m=19456,t=2,p=1$…. */
export function parseHashParams(phc: string): { algorithm: string; memoryKiB: number; iterations: number; parallelism: number } | null {
  const m = /^\$(argon2(?:id|i|d))\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(phc);
  if (!m) return null;
  return { algorithm: m[1]!, memoryKiB: Number(m[2]), iterations: Number(m[3]), parallelism: Number(m[4]) };
}
