/**
 * Lookups over a pack that every generated question needs (muscles by id and by body region,
 * which-refers subjects), built once per pack and memoised (packs are immutable): a 50-question
 * quiz would otherwise rescan the pack for each question.
 */
import type { BodyRegionId } from '../anatomy/types';
import type { RegionLike, Side } from '../referral/types';
import { muscleBodyRegion } from './bodyRegionNeighbours';
import type { QuizExercise, QuizMuscle, QuizPack } from './quizPack';

export interface PackIndex {
  muscleById: ReadonlyMap<string, QuizMuscle>;
  /** Body region of each muscle id (undefined: none known). */
  regionOf: ReadonlyMap<string, BodyRegionId | undefined>;
  /** Muscles per body region, in pack order. */
  byRegion: ReadonlyMap<BodyRegionId, readonly QuizMuscle[]>;
  exerciseById: ReadonlyMap<string, QuizExercise>;
  /** Every pack region on both sides. */
  regionSides: readonly { region: RegionLike; side: Side }[];
}

const memo = new WeakMap<QuizPack, PackIndex>();

export function packIndex(pack: QuizPack): PackIndex {
  let index = memo.get(pack);
  if (index) return index;
  const regionOf = new Map<string, BodyRegionId | undefined>();
  const byRegion = new Map<BodyRegionId, QuizMuscle[]>();
  for (const m of pack.muscles) {
    const r = muscleBodyRegion(m);
    regionOf.set(m.id, r);
    if (r === undefined) continue;
    const list = byRegion.get(r);
    if (list) list.push(m);
    else byRegion.set(r, [m]);
  }
  index = {
    muscleById: new Map(pack.muscles.map((m) => [m.id, m])),
    regionOf,
    byRegion,
    exerciseById: new Map(pack.exercises.map((e) => [e.id, e])),
    regionSides: pack.regions.flatMap((region) => (['l', 'r'] as const).map((side) => ({ region, side }))),
  };
  memo.set(pack, index);
  return index;
}
