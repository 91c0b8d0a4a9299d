import { describe, expect, it } from 'vitest';
import { ESSENTIAL_BASE, intensityFactor, rankSourceMuscles, SPILLOVER_BASE } from '../../../src/domain/referral/rankSourceMuscles';
import { landmarkLookup } from '../../../src/domain/referral/landmarkLookup';
import type { ReferralPack, Vec3 } from '../../../src/domain/referral/types';

// A tiny body: a temple and a jaw landmark per side, the inion on the midline.
const lookup = landmarkLookup(
  new Map<string, Vec3>([
    ['temple:r', [-0.07, 1.62, 0.02]],
    ['temple:l', [0.07, 1.62, 0.02]],
    ['mandible-angle:r', [-0.05, 1.5, 0.03]],
    ['mandible-angle:l', [0.05, 1.5, 0.03]],
    ['inion', [0, 1.58, -0.1]],
  ]),
);

const blob = (landmark: string, radius: number, offset: [number, number, number] = [0, 0, 0]) => ({ kind: 'blob' as const, at: { landmark, offset }, radius });

const pack: ReferralPack = {
  regions: [
    { id: 'temple', name: 'temple', area: [blob('temple', 0.03)] },
    { id: 'jaw', name: 'jaw', area: [blob('mandible-angle', 0.03)] },
    { id: 'back-of-head', name: 'back of the head', area: [blob('inion', 0.04)] },
    { id: 'no-geometry', name: 'somewhere', area: [blob('missing-landmark', 0.03)] },
  ],
  muscles: [
    // Temple essential (upper trapezius-like), jaw spillover.
    { id: 'upper-trapezius', name: 'upper trapezius', triggerPoints: [{ id: 'ut-1', regions: ['temple', 'jaw'], referral: { essential: [blob('temple', 0.04)], spillover: [blob('mandible-angle', 0.03)] } }] },
    // Temple spillover only.
    { id: 'temporalis', name: 'temporalis', triggerPoints: [{ id: 'tp-1', regions: ['temple'], referral: { essential: [blob('mandible-angle', 0.02)], spillover: [blob('temple', 0.03)] } }] },
    // Bilateral pattern at the back of the head; lists a region that has no geometry.
    { id: 'sternocleidomastoid', name: 'sternocleidomastoid', triggerPoints: [{ id: 'scm-1', regions: ['back-of-head', 'no-geometry'], referral: { essential: [blob('inion', 0.03, [0.02, 0, 0])], spillover: [], side: 'both' } }] },
    // Two trigger points: the better one is reported.
    { id: 'masseter', name: 'masseter', triggerPoints: [
      { id: 'ms-1', regions: [], referral: { essential: [blob('temple', 0.01, [0, 0.1, 0])], spillover: [] } },
      { id: 'ms-2', regions: ['jaw'], referral: { essential: [blob('mandible-angle', 0.03)], spillover: [] } },
    ] },
  ],
};

const brief = (rs: ReturnType<typeof rankSourceMuscles>) => rs.map((r) => `${r.muscle}:${r.side}:${r.zone}:${r.triggerPoint}`);

describe('rankSourceMuscles', () => {
  it('ranks essential referral above spillover, on the asked side only', () => {
    const r = rankSourceMuscles(pack, { regions: [{ region: 'temple', side: 'r' }] }, lookup);
    expect(brief(r)).toEqual(['upper-trapezius:r:essential:ut-1', 'temporalis:r:spillover:tp-1']);
    expect(r[0]!.score).toBeGreaterThanOrEqual(ESSENTIAL_BASE);
    expect(r[1]!.score).toBeLessThanOrEqual(2 * SPILLOVER_BASE);
    expect(r[0]!.matches).toEqual([expect.objectContaining({ item: 'region', index: 0, region: 'temple', side: 'r', zone: 'essential', listed: true })]);
  });

  it('a left mark ranks left muscles', () => {
    const r = rankSourceMuscles(pack, { regions: [{ region: 'temple', side: 'l' }] }, lookup);
    expect(brief(r)).toEqual(['upper-trapezius:l:essential:ut-1', 'temporalis:l:spillover:tp-1']);
  });

  it('a bilateral pattern answers for both sides', () => {
    const r = rankSourceMuscles(pack, { regions: [{ region: 'back-of-head', side: 'r' }] }, lookup);
    expect(brief(r)).toEqual(['sternocleidomastoid:l:essential:scm-1', 'sternocleidomastoid:r:essential:scm-1']);
    expect(r[0]!.score).toBe(r[1]!.score);
  });

  it('picks the best trigger point and sums over query items', () => {
    const one = rankSourceMuscles(pack, { regions: [{ region: 'jaw', side: 'r' }] }, lookup);
    expect(brief(one)).toEqual(['masseter:r:essential:ms-2', 'temporalis:r:essential:tp-1', 'upper-trapezius:r:spillover:ut-1']);
    const two = rankSourceMuscles(pack, { regions: [{ region: 'jaw', side: 'r' }, { region: 'temple', side: 'r' }] }, lookup);
    const ut = two.find((x) => x.muscle === 'upper-trapezius')!;
    expect(ut.matches.map((m) => m.zone)).toEqual(['spillover', 'essential']);
    expect(ut.score).toBeCloseTo(ut.matches[0]!.score + ut.matches[1]!.score, 12);
    // upper trapezius: temple essential (its zone holds the whole temple: cover 1) + jaw spillover (same
    // size as the jaw: cover and within 1); temporalis: jaw essential (a smaller zone, covering about a
    // third of the jaw) + temple spillover. Both have one essential and one spillover match; the fuller
    // overlap wins.
    expect(two.slice(0, 2).map((x) => x.muscle)).toEqual(['upper-trapezius', 'temporalis']);
    const tp = two.find((x) => x.muscle === 'temporalis')!;
    expect(ut.matches[1]!.cover).toBe(1);
    expect(tp.matches[0]).toMatchObject({ zone: 'essential', within: 1 });
    expect(tp.matches[0]!.cover).toBeGreaterThan(0.1);
    expect(tp.matches[0]!.cover).toBeLessThan(0.6);
  });

  it('counts a listed region without geometry as a weak spillover match', () => {
    const r = rankSourceMuscles(pack, { regions: [{ region: 'no-geometry', side: 'r' }] }, lookup);
    expect(r.map((x) => [x.muscle, x.side, x.zone, x.score])).toEqual([
      ['sternocleidomastoid', 'l', 'spillover', SPILLOVER_BASE],
      ['sternocleidomastoid', 'r', 'spillover', SPILLOVER_BASE],
    ]);
  });

  it('answers marked skin points by the zone they fall in', () => {
    const r = rankSourceMuscles(pack, { points: [{ position: [-0.07, 1.62, 0.02], side: 'r' }] }, lookup);
    expect(brief(r)).toEqual(['upper-trapezius:r:essential:ut-1', 'temporalis:r:spillover:tp-1']);
    expect(r[0]!.matches[0]).toMatchObject({ item: 'point', index: 0, overlap: 1 });
    expect(rankSourceMuscles(pack, { points: [{ position: [-0.07, 1.62, 0.02], side: 'l' }] }, lookup)).toEqual([]);
    expect(rankSourceMuscles(pack, { points: [{ position: [0.5, 0, 0], side: 'r' }] }, lookup)).toEqual([]);
  });

  it('returns nothing for an empty query or unknown regions, and honours the limit', () => {
    expect(rankSourceMuscles(pack, {}, lookup)).toEqual([]);
    expect(rankSourceMuscles(pack, { regions: [{ region: 'nowhere', side: 'r' }] }, lookup)).toEqual([]);
    expect(rankSourceMuscles(pack, { regions: [{ region: 'jaw', side: 'r' }] }, lookup, { limit: 1 })).toHaveLength(1);
  });

  it('breaks ties by name, then side', () => {
    const twins: ReferralPack = {
      regions: pack.regions,
      muscles: ['b-muscle', 'a-muscle'].map((id) => ({ id, name: id.replace('-', ' '), triggerPoints: [{ id: `${id}-1`, regions: ['temple'], referral: { essential: [blob('temple', 0.04)], spillover: [], side: 'both' as const } }] })),
    };
    const r = rankSourceMuscles(twins, { regions: [{ region: 'temple', side: 'r' }] }, lookup);
    expect(r.map((x) => `${x.name}:${x.side}`)).toEqual(['a muscle:l', 'a muscle:r', 'b muscle:l', 'b muscle:r']);
  });

  it('answers a painted stroke by where it lies: a right temple stroke finds right-side muscles', () => {
    const stroke = { dabs: [{ center: [-0.07, 1.62, 0.02] as Vec3, radius: 0.015 }, { center: [-0.075, 1.63, 0.02] as Vec3, radius: 0.015 }] };
    const r = rankSourceMuscles(pack, { dabs: [stroke] }, lookup);
    expect(brief(r)).toEqual(['upper-trapezius:r:essential:ut-1', 'temporalis:r:spillover:tp-1']);
    expect(r[0]!.matches[0]).toMatchObject({ item: 'dabs', index: 0, side: 'r', zone: 'essential', zoneIndex: 0, listed: false, intensity: 1 });
    expect(r[0]!.matches[0]!.within).toBeGreaterThan(0);
    expect(r[0]!.matches[0]!.cover).toBe(1);
    // The same stroke said to be on the left matches nothing: the left zones are elsewhere.
    expect(rankSourceMuscles(pack, { dabs: [{ ...stroke, side: 'l' }] }, lookup)).toEqual([]);
    // A stroke across the back of the head meets the bilateral pattern on both sides.
    const back = rankSourceMuscles(pack, { dabs: [{ dabs: [{ center: [0, 1.58, -0.1], radius: 0.03 }] }] }, lookup);
    expect(brief(back)).toEqual(['sternocleidomastoid:l:essential:scm-1', 'sternocleidomastoid:r:essential:scm-1']);
    expect(rankSourceMuscles(pack, { dabs: [{ dabs: [] }, { dabs: [{ center: [0, 0, 0], radius: 0 }] }] }, lookup)).toEqual([]);
  });

  it('weighs items by intensity, without letting a spillover match outrank an essential one', () => {
    const mild = rankSourceMuscles(pack, { regions: [{ region: 'temple', side: 'r' }] }, lookup);
    const strong = rankSourceMuscles(pack, { regions: [{ region: 'temple', side: 'r', intensity: 3 }] }, lookup);
    expect(strong.map((x) => x.muscle)).toEqual(mild.map((x) => x.muscle));
    expect(strong[0]!.score).toBeCloseTo(mild[0]!.score * 1.5, 12);
    expect(strong[0]!.matches[0]!.intensity).toBe(3);
    // Sore jaw (3) and a mild temple (1): the jaw's essential sources come first.
    const both = rankSourceMuscles(pack, { regions: [{ region: 'jaw', side: 'r', intensity: 3 }, { region: 'temple', side: 'r', intensity: 1 }] }, lookup);
    expect(both[0]!.muscle).toBe('temporalis');
    expect(intensityFactor(undefined)).toBe(1);
    expect(intensityFactor(2)).toBe(1.25);
    expect(intensityFactor(9)).toBe(1.5);
    expect(intensityFactor(Number.NaN)).toBe(1);
  });
});
