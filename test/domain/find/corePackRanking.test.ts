/**
 * The pain finder on the real core pack and body: what a client would see for classic pain areas,
 * checked against Travell & Simons (simons-1999, travell-1992) as the pack encodes them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/content/schema';
import { otherSide } from '../../../src/domain/anatomy/names';
import { rankEitherSide } from '../../../src/domain/find/rankEitherSide';
import { placeZones } from '../../../src/domain/referral/placeZones';
import { mirrorPoint } from '../../../src/domain/referral/resolveAnchor';
import { rankSourceMuscles, type RankedMuscle } from '../../../src/domain/referral/rankSourceMuscles';
import type { LandmarkLookup, Side, Vec3 } from '../../../src/domain/referral/types';
import { corePack, coreLookup } from './corePack';

let pack: Pack;
let lookup: LandmarkLookup;
beforeAll(async () => {
  pack = corePack();
  lookup = await coreLookup();
});

const top = (rs: RankedMuscle[], n: number) => rs.slice(0, n).map((r) => r.muscle);

/** Dabs along the middle of a region's area on one side, as a client would paint it. */
function paint(region: string, side: Side, radius = 0.015): { center: Vec3; radius: number }[] {
  const area = placeZones(pack.regions.find((r) => r.id === region)!.area, side, lookup);
  return area.flatMap(({ zone }) => (zone.kind === 'blob' ? [zone.center] : zone.points)).map((center) => ({ center, radius }));
}

describe('pain finder on the core pack', () => {
  it('the temple: temporalis and upper trapezius among the top 5, on the asked side, ranked by overlap', () => {
    for (const side of ['r', 'l'] as const) {
      const rs = rankSourceMuscles(pack, { regions: [{ region: 'temple', side }] }, lookup);
      expect(top(rs, 5)).toEqual(expect.arrayContaining(['temporalis', 'upper-trapezius']));
      expect(rs.every((r) => r.side === side || pack.muscles.find((m) => m.id === r.muscle)!.triggerPoints.some((t) => t.referral.side === 'both'))).toBe(true);
      // No longer saturated: the top scores differ.
      expect(new Set(rs.slice(0, 5).map((r) => r.score)).size).toBeGreaterThan(2);
    }
  });

  it('a stroke painted on the right temple finds temporalis and upper trapezius on the right', () => {
    const dabs = paint('temple', 'r');
    const rs = rankSourceMuscles(pack, { dabs: [{ dabs }] }, lookup);
    expect(top(rs, 5)).toEqual(expect.arrayContaining(['temporalis', 'upper-trapezius']));
    for (const r of rs.slice(0, 5)) expect(r.side).toBe('r');
    // Mirrored onto the left, the same stroke gives the mirrored list.
    const left = rankSourceMuscles(pack, { dabs: [{ dabs: dabs.map((d) => ({ ...d, center: mirrorPoint(d.center) })) }] }, lookup);
    expect(left.map((r) => `${r.muscle}:${otherSide(r.side)}:${r.score}`)).toEqual(rs.map((r) => `${r.muscle}:${r.side}:${r.score}`));
  });

  it('the back of the head: semispinalis capitis first; suboccipitals among the sources', () => {
    const rs = rankEitherSide(pack, 'back-of-head', ['r', 'l'], lookup);
    expect(rs[0]!.muscle).toBe('semispinalis-capitis');
    expect(rs.map((r) => r.muscle)).toContain('suboccipitals');
    expect(rs.find((r) => r.muscle === 'suboccipitals')!.zone).toBe('essential');
  });

  it('the outer thigh: vastus lateralis, gluteus minimus and tensor fasciae latae lead', () => {
    const rs = rankEitherSide(pack, 'outer-thigh', ['r'], lookup);
    expect(top(rs, 3).sort()).toEqual(['gluteus-minimus', 'tensor-fasciae-latae', 'vastus-lateralis']);
    for (const r of rs.slice(0, 3)) expect(r.zone).toBe('essential');
  });

  it('each result says which trigger point and zone matched which item', () => {
    const rs = rankSourceMuscles(pack, { regions: [{ region: 'temple', side: 'r' }], dabs: [{ dabs: paint('jaw', 'r') }] }, lookup);
    for (const r of rs) {
      const trp = pack.muscles.find((m) => m.id === r.muscle)!.triggerPoints.find((t) => t.id === r.triggerPoint)!;
      for (const m of r.matches) {
        expect(['region', 'dabs']).toContain(m.item);
        if (m.zoneIndex >= 0) expect(trp.referral[m.zone][m.zoneIndex]).toBeDefined();
      }
    }
    expect(rs.some((r) => r.matches.length === 2)).toBe(true);
  });
});
