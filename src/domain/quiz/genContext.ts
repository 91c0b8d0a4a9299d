/**
 * What every question generator gets: the pack, the muscles questions may be about (the pool), the
 * landmark lookup when one is at hand, the seeded RNG and the subjects already asked. Generators
 * return null when they cannot build a sound question; the caller then tries another subject or type.
 */
import { sideName } from '../anatomy/names';
import type { LandmarkLookup, Side } from '../referral/types';
import { muscleBodyRegion, neighbourRegions } from './bodyRegionNeighbours';
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
 * chosen subject's key is marked as used.
 */
export function firstBuilt<S, Q extends Question>(ctx: GenContext, type: string, subjects: readonly S[], key: (s: S) => string, build: (s: S) => Q | null): Q | null {
  const fresh: { s: S; k: string }[] = [];
  const stale: { s: S; k: string }[] = [];
  for (const s of ctx.rng.shuffle(subjects)) {
    const k = `${type}:${key(s)}`;
    (ctx.used.has(k) ? stale : fresh).push({ s, k });
  }
  for (const list of [fresh, stale]) {
    for (const { s, k } of list) {
      const q = build(s);
      if (q) {
        ctx.used.add(k);
        return q;
      }
    }
  }
  return null;
}

export interface TrpSubject {
  muscle: QuizMuscle;
  trp: QuizTriggerPoint;
}

export function trpSubjects(pool: readonly QuizMuscle[]): TrpSubject[] {
  return pool.flatMap((muscle) => muscle.triggerPoints.map((trp) => ({ muscle, trp })));
}

/** Muscles of the pack other than `exclude`: those in the same body region first, then the neighbouring ones (each group shuffled). */
export function nearbyMuscles(ctx: GenContext, regionOf: readonly string[], exclude: ReadonlySet<string>): QuizMuscle[] {
  const same = new Set(regionOf);
  const near = new Set(regionOf.flatMap((r) => neighbourRegions(r)).filter((r) => !same.has(r)));
  const inSame: QuizMuscle[] = [];
  const inNear: QuizMuscle[] = [];
  for (const m of ctx.pack.muscles) {
    if (exclude.has(m.id)) continue;
    const r = muscleBodyRegion(m);
    if (r === undefined) continue;
    if (same.has(r)) inSame.push(m);
    else if (near.has(r)) inNear.push(m);
  }
  return [...ctx.rng.shuffle(inSame), ...ctx.rng.shuffle(inNear)];
}

/** The "which one?" part of a prompt when a muscle has several trigger points. */
export function whichTrp(muscle: QuizMuscle, trp: QuizTriggerPoint): string {
  return muscle.triggerPoints.length > 1 ? ` (${trp.location.replace(/\.$/, '')})` : '';
}
