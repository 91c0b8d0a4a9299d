/**
 * A small seeded PRNG for building study questions: the same card and seed always give the same
 * side, options and order, so a question can be rebuilt after a reload and tests are stable.
 */

import { mulberry32 } from '../quiz/rng';

export type Random = () => number;

/** The quiz's mulberry32 (one generator for the whole app). */
export function seededRandom(seed: number): Random {
  return mulberry32(seed);
}

/** A seed from a string (FNV-1a), so each card gets its own stream from one session seed. */
export function hashSeed(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.trunc(seed)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], rnd: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
