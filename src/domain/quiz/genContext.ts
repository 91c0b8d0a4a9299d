/**
 * What every question generator gets: the pack, the muscles questions may be about (the pool), the
 * landmark lookup when one is at hand, the seeded RNG and the subjects already asked. Generators
 * return null when they cannot build a sound question; the caller then tries another subject or type.
 */
import { sideName } from '../anatomy/names';
import type { LandmarkLookup, Side } from '../referral/types';
import type { BodyRegionId } from '../anatomy/types';
import { neighbourRegions } from './bodyRegionNeighbours';
import { packIndex } from './packIndex';
import type { QuizMuscle, QuizPack, QuizTriggerPoint } from './quizPack';
import type { Rng } from './rng';
import type { Question, QuestionType } from './types';

export interface GenContext {
  pack: QuizPack;
  pool: readonly QuizMuscle[];
  lookup?: LandmarkLookup | undefined;
  rng: Rng;
  /** Position of the question in the generated list (for its id). */
  index: number;
  /** Subject keys already asked (`<type>:<subject>`), to avoid repeats while others remain. */
  used: Set<string>;
}

export type Generator = (ctx: GenContext) => Question | null;

export const SIDES: readonly Side[] = ['l', 'r'];

export function randomSide(ctx: GenContext): Side {
  return ctx.rng.int(2) === 0 ? 'l' : 'r';
}

export function lowerSideName(side: Side): string {
  return sideName(side).toLowerCase();
}

export function questionId(ctx: GenContext, type: QuestionType, ...parts: string[]): string {
  return [`g${ctx.index}`, type, ...parts].join('-');
}

/**
 * Tries subjects in a random order, not-yet-asked ones first, until `build` makes a question. The
 * chosen subject's key is marked as used. The order is drawn lazily (a partial Fisher–Yates), so a
 * question costs what its attempts cost, not a shuffle of every subject.
 */
export function firstBuilt<S, Q extends Question>(ctx: GenContext, type: string, subjects: readonly S[], key: (s: S) => string, build: (s: S) => Q | null): Q | null {
  const order = subjects.slice();
  const stale: { s: S; k: string }[] = [];
  for (let i = 0; i < order.length; i++) {
    const j = i + ctx.rng.int(order.length - i);
    const s = order[j]!;
    order[j] = order[i]!;
    order[i] = s;
    const k = `${type}:${key(s)}`;
    if (ctx.used.has(k)) {
      stale.push({ s, k });
      continue;
    }
    const q = build(s);
    if (q) {
      ctx.used.add(k);
      return q;
    }
  }
  for (const { s, k } of stale) {
    const q = build(s);
    if (q) {
      ctx.used.add(k);
      return q;
    }
  }
  return null;
}

export interface TrpSubject {
  muscle: QuizMuscle;
  trp: QuizTriggerPoint;
}

const trpMemo = new WeakMap<readonly QuizMuscle[], TrpSubject[]>();

/** Every trigger point of the pool's muscles (memoised per pool array: generators ask once per question). */
export function trpSubjects(pool: readonly QuizMuscle[]): TrpSubject[] {
  let out = trpMemo.get(pool);
  if (!out) trpMemo.set(pool, (out = pool.flatMap((muscle) => muscle.triggerPoints.map((trp) => ({ muscle, trp })))));
  return out;
}

/** Muscles of the pack other than `exclude`: those in the same body region first, then the neighbouring ones (each group shuffled). */
export function nearbyMuscles(ctx: GenContext, regionOf: readonly string[], exclude: ReadonlySet<string>): QuizMuscle[] {
  const { byRegion } = packIndex(ctx.pack);
  const same = new Set(regionOf);
  const near = new Set(regionOf.flatMap((r) => neighbourRegions(r)).filter((r) => !same.has(r)));
  const collect = (regions: ReadonlySet<string>) => [...regions].flatMap((r) => (byRegion.get(r as BodyRegionId) ?? []).filter((m) => !exclude.has(m.id)));
  return [...ctx.rng.shuffle(collect(same)), ...ctx.rng.shuffle(collect(near))];
}

/** The "which one?" part of a prompt when a muscle has several trigger points. */
export function whichTrp(muscle: QuizMuscle, trp: QuizTriggerPoint): string {
  return muscle.triggerPoints.length > 1 ? ` (${trp.location.replace(/\.$/, '')})` : '';
}
