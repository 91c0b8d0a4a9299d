/**
 * Properties of the refined pain-finder ranking: painted strokes (dabs), intensity, the sampled
 * overlap measure (growing the painted area over an essential zone never lowers that muscle's score)
 * and essential over spillover.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otherSide } from '../../../src/domain/anatomy/names';
import { ESSENTIAL_BASE, intensityFactor, rankSourceMuscles, SPILLOVER_BASE, type ReferralQuery } from '../../../src/domain/referral/rankSourceMuscles';
import { resolveZone } from '../../../src/domain/referral/resolveZone';
import type { ReferralPack, Side } from '../../../src/domain/referral/types';
import { zoneScale } from '../../../src/domain/referral/zoneDistance';
import { dabArb, LOOKUP, packArb, queryArb } from './synthetic';

const RUNS = 200;
const side = fc.constantFrom<Side>('l', 'r');
const scoreOf = (rs: ReturnType<typeof rankSourceMuscles>, muscle: string, s: Side) => rs.find((r) => r.muscle === muscle && r.side === s)?.score ?? 0;

describe('refined ranking properties', () => {
  it('an essential match always outscores a spillover match, whatever the intensities', () => {
    fc.assert(
      fc.property(packArb, queryArb, (pack, query) => {
        for (const r of rankSourceMuscles(pack, query, LOOKUP)) {
          for (const m of r.matches) {
            if (m.zone === 'essential') expect(m.score).toBeGreaterThanOrEqual(ESSENTIAL_BASE);
            else expect(m.score).toBeLessThanOrEqual(2 * SPILLOVER_BASE * intensityFactor(3));
            for (const k of ['overlap', 'depth', 'cover', 'within'] as const) if (m[k] !== undefined) expect(m[k]).toSatisfy((x: number) => x >= 0 && x <= 1);
          }
        }
      }),
      { numRuns: RUNS, seed: 201 },
    );
  });

  it('with one query item, every essential result ranks above every spillover result', () => {
    fc.assert(
      fc.property(packArb, fc.array(dabArb, { minLength: 1, maxLength: 5 }), (pack, dabs) => {
        const rs = rankSourceMuscles(pack, { dabs: [{ dabs }] }, LOOKUP);
        const firstSpill = rs.findIndex((r) => r.zone === 'spillover');
        if (firstSpill >= 0) expect(rs.slice(firstSpill).every((r) => r.zone === 'spillover')).toBe(true);
      }),
      { numRuns: RUNS, seed: 202 },
    );
  });

  it('a stroke with a side only matches zones placed on that side', () => {
    fc.assert(
      fc.property(packArb, fc.array(dabArb, { minLength: 1, maxLength: 5 }), side, (pack, dabs, s) => {
        for (const r of rankSourceMuscles(pack, { dabs: [{ dabs, side: s }] }, LOOKUP)) {
          for (const m of r.matches) expect(m.side).toBe(s);
          if (r.side !== s) expect(pack.muscles.find((x) => x.id === r.muscle)!.triggerPoints.find((t) => t.id === r.triggerPoint)!.referral.side).toBe('both');
        }
      }),
      { numRuns: RUNS, seed: 203 },
    );
  });

  it('raising an item’s intensity never lowers a score; intensity 1 is the default', () => {
    fc.assert(
      fc.property(packArb, queryArb, (pack, query) => {
        const set = (q: ReferralQuery, i: number | undefined): ReferralQuery => ({
          regions: q.regions?.map((x) => ({ ...x, intensity: i })),
          points: q.points?.map((x) => ({ ...x, intensity: i })),
          dabs: q.dabs?.map((x) => ({ ...x, intensity: i })),
        });
        const none = rankSourceMuscles(pack, set(query, undefined), LOOKUP);
        expect(rankSourceMuscles(pack, set(query, 1), LOOKUP).map((r) => r.score)).toEqual(none.map((r) => r.score));
        const strong = rankSourceMuscles(pack, set(query, 3), LOOKUP);
        for (const r of none) expect(scoreOf(strong, r.muscle, r.side)).toBeGreaterThanOrEqual(r.score);
      }),
      { numRuns: RUNS, seed: 204 },
    );
  });

  it('growing a painted stroke over an essential zone never lowers that muscle’s score', () => {
    fc.assert(
      fc.property(packArb, queryArb, fc.nat(), side, fc.double({ min: 0.2, max: 0.95, noNaN: true }), (pack, query, pick, s, shrink) => {
        // One trigger point per muscle, so "that muscle's score" is the score of the grown pattern.
        const m = pick % pack.muscles.length;
        const single: ReferralPack = { ...pack, muscles: pack.muscles.map((x) => ({ ...x, triggerPoints: x.triggerPoints.slice(0, 1) })) };
        const muscle = single.muscles[m]!;
        const trp = muscle.triggerPoints[0]!;
        const zone = resolveZone(trp.referral.essential[pick % trp.referral.essential.length]!, s, LOOKUP);
        if (!zone) return;
        const center = zone.kind === 'blob' ? zone.center : zone.points[0]!;
        const dab = { center, radius: zoneScale(zone) * shrink };
        const strokes = query.dabs ?? [];
        const stroke = strokes[0] && strokes[0].side !== otherSide(s) ? strokes[0] : { dabs: [] };
        const before: ReferralQuery = { ...query, dabs: [stroke, ...strokes.slice(1)] };
        const after: ReferralQuery = { ...query, dabs: [{ ...stroke, dabs: [...stroke.dabs, dab] }, ...strokes.slice(1)] };
        const a = rankSourceMuscles(single, before, LOOKUP);
        const b = rankSourceMuscles(single, after, LOOKUP);
        // The zone lies on side s: it belongs to the muscle on side s, and to both when bilateral.
        for (const ms of trp.referral.side === 'both' ? (['l', 'r'] as const) : [s]) {
          expect(scoreOf(b, muscle.id, ms)).toBeGreaterThanOrEqual(scoreOf(a, muscle.id, ms) - 1e-12);
          expect(b.find((r) => r.muscle === muscle.id && r.side === ms)!.matches.find((x) => x.item === 'dabs' && x.index === 0)!.zone).toBe('essential');
        }
      }),
      { numRuns: RUNS, seed: 205 },
    );
  });
});
