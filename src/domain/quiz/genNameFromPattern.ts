/**
 * "Name the muscle from its pattern": the body shows one trigger point's referral; the student picks
 * the muscle from 4–6 options. Distractors come from the same body region, then the neighbouring
 * ones, so they are never trivially far away (no foot muscle for a neck pattern).
 */
import { sidedMuscleName } from '../anatomy/names';
import { muscleBodyRegion } from './bodyRegionNeighbours';
import { firstBuilt, lowerSideName, nearbyMuscles, questionId, randomSide, trpSubjects, type GenContext } from './genContext';
import type { NameFromPatternQuestion } from './types';

export const MIN_OPTIONS = 4;
export const MAX_OPTIONS = 6;

export function genNameFromPattern(ctx: GenContext): NameFromPatternQuestion | null {
  return firstBuilt(ctx, 'name-from-pattern', trpSubjects(ctx.pool), (s) => s.trp.id, ({ muscle, trp }) => {
    const region = muscleBodyRegion(muscle);
    if (!region) return null;
    const want = MIN_OPTIONS + ctx.rng.int(MAX_OPTIONS - MIN_OPTIONS + 1) - 1;
    // Distinct names too: two pack muscles sharing a display name would be indistinguishable options.
    const names = new Set([muscle.name.toLowerCase()]);
    const distractors: string[] = [];
    for (const m of nearbyMuscles(ctx, [region], new Set([muscle.id]))) {
      if (distractors.length >= want) break;
      if (names.has(m.name.toLowerCase())) continue;
      names.add(m.name.toLowerCase());
      distractors.push(m.id);
    }
    if (distractors.length < MIN_OPTIONS - 1) return null;
    const side = randomSide(ctx);
    return {
      id: questionId(ctx, 'name-from-pattern', muscle.id, trp.id),
      type: 'name-from-pattern',
      prompt: `Which muscle's trigger point refers pain in this pattern (${lowerSideName(side)} side)?`,
      explanation: `${sidedMuscleName(muscle, side)}. Trigger point: ${trp.location} Felt as: ${trp.symptoms}`,
      sources: [...trp.sources],
      muscleId: muscle.id,
      side,
      triggerPointId: trp.id,
      options: ctx.rng.shuffle([muscle.id, ...distractors]),
    };
  });
}
