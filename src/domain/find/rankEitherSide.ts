/**
 * "Which muscles refer to this region?" without knowing the side (`pack find <region>`, the region
 * list of the pain finder): the region is asked on each side in turn, and each muscle side keeps its
 * best result, so a bilateral pattern is not counted twice.
 */
import { compareRanked, rankSourceMuscles, type RankedMuscle } from '../referral/rankSourceMuscles';
import type { LandmarkLookup, ReferralPack, Side } from '../referral/types';

export function rankEitherSide(pack: ReferralPack, region: string, sides: readonly Side[], lookup: LandmarkLookup, limit?: number): RankedMuscle[] {
  const best = new Map<string, RankedMuscle>();
  for (const side of sides) {
    for (const r of rankSourceMuscles(pack, { regions: [{ region, side }] }, lookup)) {
      const key = `${r.muscle}:${r.side}`;
      const prev = best.get(key);
      if (!prev || r.score > prev.score) best.set(key, r);
    }
  }
  const ranked = [...best.values()].sort(compareRanked);
  return limit === undefined ? ranked : ranked.slice(0, limit);
}
