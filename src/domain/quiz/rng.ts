/**
 * A small seeded pseudo-random generator (mulberry32) and the helpers the quiz needs. Quizzes must be
 * reproducible from `#/quiz/<id>?seed=<n>`, so nothing in quiz generation may call Math.random: the
 * same seed always gives the same sequence, on every engine (32-bit integer arithmetic only).
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n) (0 when n ≤ 0). */
  int(n: number): number;
  /** One element, or undefined for an empty list. */
  pick<T>(list: readonly T[]): T | undefined;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
  /** Up to n distinct elements in random order. */
  sample<T>(list: readonly T[], n: number): T[];
}

/** Any number becomes a 32-bit seed (non-integers and negatives included, NaN → 0). */
export function normaliseSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = normaliseSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => (n > 0 ? Math.floor(next() * n) : 0);
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    return out;
  };
  return {
    next,
    int,
    pick: <T>(list: readonly T[]) => (list.length ? list[int(list.length)] : undefined),
    shuffle,
    sample: <T>(list: readonly T[], n: number) => shuffle(list).slice(0, Math.max(0, n)),
  };
}

/**
 * A seed derived from another seed and a label, so independent parts of a quiz (question order,
 * each question's content) draw from separate streams: changing one part does not reshuffle the rest.
 */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the seed.
  let h = (0x811c9dc5 ^ normaliseSeed(seed)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
