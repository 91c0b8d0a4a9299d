/**
 * Quiz generation from a content pack: pure and seeded, so `#/quiz/<id>?seed=<n>` always gives the
 * same questions. Question types are spread evenly over the count (their counts differ by at most
 * one) and interleaved at random; when the pack cannot fill a type (e.g. no regions for
 * "which refers"), the slot goes to the next type that can. Fewer than `count` questions come back
 * only when no type can make another one.
 */
import type { LandmarkLookup } from '../referral/types';
import { muscleBodyRegion } from './bodyRegionNeighbours';
import type { GenContext, Generator } from './genContext';
import { genDrawPattern } from './genDrawPattern';
import { genLocateTrp } from './genLocateTrp';
import { genNameFromPattern } from './genNameFromPattern';
import { genPractice } from './genPractice';
import { genWhichRefers } from './genWhichRefers';
import type { QuizMuscle, QuizPack } from './quizPack';
import { createRng, deriveSeed } from './rng';
import { QUESTION_TYPES, type Question, type QuestionType, type QuizPlan } from './types';

export interface GenerateOptions {
  seed: number;
  count: number;
  /** Empty: every type. */
  types: readonly QuestionType[];
  /** Body region ids (head, neck, …; a muscle's pack region id also matches). Empty or absent: all. */
  regions?: readonly string[] | undefined;
  /** Muscle ids. Empty or absent: all (within the regions). */
  muscles?: readonly string[] | undefined;
  /** The body's landmarks: lets generation measure distances and use the pain finder's ranking. */
  lookup?: LandmarkLookup | undefined;
}

/** Largest count honoured, so a typo in a plan cannot hang the app. */
export const MAX_GENERATED = 500;

const GENERATORS: Readonly<Record<QuestionType, Generator>> = {
  'name-from-pattern': genNameFromPattern,
  'locate-trp': genLocateTrp,
  'draw-pattern': genDrawPattern,
  'which-refers': genWhichRefers,
  practice: genPractice,
};

/** The muscles questions may be about. */
export function quizPool(pack: QuizPack, regions: readonly string[] = [], muscles: readonly string[] = []): QuizMuscle[] {
  const inRegions = new Set(regions);
  const named = new Set(muscles);
  return pack.muscles.filter((m) => (named.size === 0 || named.has(m.id)) && (inRegions.size === 0 || inRegions.has(m.region) || inRegions.has(muscleBodyRegion(m) ?? '')));
}

export function generateQuestions(pack: QuizPack, options: GenerateOptions): Question[] {
  const count = Math.max(0, Math.min(MAX_GENERATED, Math.floor(options.count)));
  const pool = quizPool(pack, options.regions, options.muscles);
  if (count === 0 || pool.length === 0) return [];
  const rng = createRng(options.seed);
  const asked = [...new Set(options.types.filter((t) => QUESTION_TYPES.includes(t)))];
  const types = asked.length ? asked : [...QUESTION_TYPES];
  // Even spread: whole rounds of every type, the remainder from a random subset; then interleave.
  const order = rng.shuffle(types);
  const slots = rng.shuffle(Array.from({ length: count }, (_, i) => order[i % order.length]!));
  const ctx: GenContext = { pack, pool, lookup: options.lookup, rng, index: 0, used: new Set() };
  const failed = new Set<QuestionType>();
  const out: Question[] = [];
  for (const slot of slots) {
    ctx.index = out.length;
    const tryOrder = [slot, ...types.filter((t) => t !== slot)];
    let q: Question | null = null;
    for (const t of tryOrder) {
      if (failed.has(t)) continue;
      q = GENERATORS[t](ctx);
      if (q) break;
      failed.add(t); // a type that cannot make one question now never will (subjects only get reused)
    }
    if (!q) break;
    out.push(q);
  }
  return out;
}

/**
 * The questions of a quiz plan: its authored questions, then the generated ones (`plan.generate`),
 * shuffled when the plan says so. Seeded throughout.
 */
export function planQuestions(plan: QuizPlan, pack: QuizPack, seed: number, lookup?: LandmarkLookup): Question[] {
  const authored = plan.questions;
  const gen = plan.generate;
  const generated = gen ? generateQuestions(pack, { seed: deriveSeed(seed, 'generate'), count: gen.count, types: gen.types, regions: gen.regions, muscles: gen.muscles, lookup }) : [];
  // Authored ids come from the pack; make sure a generated one never repeats one of them.
  const ids = new Set(authored.map((q) => q.id));
  const all = [...authored, ...generated.map((q) => (ids.has(q.id) ? { ...q, id: `${q.id}-gen` } : q))];
  return plan.order === 'shuffled' ? createRng(deriveSeed(seed, 'order')).shuffle(all) : all;
}
