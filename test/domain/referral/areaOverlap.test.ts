import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaOverlap } from '../../../src/domain/referral/areaOverlap';
import type { PlacedZone } from '../../../src/domain/referral/placeZones';
import { mirrorPoint } from '../../../src/domain/referral/resolveAnchor';
import type { ResolvedZone, Vec3 } from '../../../src/domain/referral/types';
import { zoneBounds, zoneDistance } from '../../../src/domain/referral/zoneDistance';
import { insideZone, zoneSamples } from '../../../src/domain/referral/zoneSamples';

const placed = (zone: ResolvedZone, index = 0): PlacedZone => ({ zone, box: zoneBounds(zone), index, side: 'r' });
const blob = (center: Vec3, radius: number): ResolvedZone => ({ kind: 'blob', center, radius });
const v = fc.tuple(fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true })) as fc.Arbitrary<Vec3>;
const zoneArb: fc.Arbitrary<ResolvedZone> = fc.oneof(
  fc.record({ kind: fc.constant('blob' as const), center: v, radius: fc.double({ min: 0.005, max: 0.2, noNaN: true }) }),
  fc.record({ kind: fc.constant('path' as const), points: fc.array(v, { minLength: 1, maxLength: 5 }), halfWidth: fc.double({ min: 0.005, max: 0.15, noNaN: true }) }),
);
const mirrorZone = (z: ResolvedZone): ResolvedZone => (z.kind === 'blob' ? { ...z, center: mirrorPoint(z.center) } : { ...z, points: z.points.map(mirrorPoint) });
const triples = (s: Float64Array) => Array.from({ length: s.length / 3 }, (_, i) => [s[3 * i]!, s[3 * i + 1]!, s[3 * i + 2]!] as Vec3);
const key = (p: Vec3) => p.join(',');

describe('zone samples', () => {
  it('lie inside their zone, are deterministic, and mirror exactly with the zone', () => {
    fc.assert(
      fc.property(zoneArb, (z) => {
        const s = zoneSamples(z);
        expect(s.length / 3).toBeGreaterThanOrEqual(10);
        for (const p of triples(s)) {
          expect(zoneDistance(z, p)).toBeLessThanOrEqual(1e-12);
          expect(insideZone(z, ...p)).toBe(true);
        }
        expect(zoneSamples(structuredClone(z))).toEqual(s);
        const mirrored = triples(zoneSamples(mirrorZone(z))).map(key).sort();
        expect(mirrored).toEqual(triples(s).map(mirrorPoint).map(key).sort());
      }),
      { numRuns: 200, seed: 301 },
    );
  });
});

describe('areaOverlap', () => {
  const area = [placed(blob([0, 1, 0], 0.05))];

  it('a zone that holds the whole area covers it all; a small zone inside the area lies wholly within it', () => {
    const big = areaOverlap(area, [placed(blob([0, 1, 0], 0.1))])!;
    expect(big.cover).toBe(1);
    expect(big.within).toBeGreaterThan(0);
    expect(big.within).toBeLessThan(0.5);
    const small = areaOverlap(area, [placed(blob([0.01, 1, 0], 0.02))])!;
    expect(small.within).toBe(1);
    expect(small.cover).toBeLessThan(0.3);
    expect(big.depth).toBe(1);
    expect(small.depth).toBe(1);
  });

  it('grows with the real overlap where the depth measure saturates', () => {
    const wide = { kind: 'path', points: [[-0.2, 1, 0], [0.2, 1, 0]], halfWidth: 0.03 } as ResolvedZone;
    const region = [placed(wide)];
    const half = areaOverlap(region, [placed(blob([-0.1, 1, 0], 0.1))])!;
    const most = areaOverlap(region, [placed(blob([0, 1, 0], 0.17))])!;
    expect(half.depth).toBe(1);
    expect(most.depth).toBe(1);
    expect(most.cover).toBeGreaterThan(half.cover);
  });

  it('reports the zone that lies most within the area, and nothing for zones apart or rejected by `counts`', () => {
    const o = areaOverlap(area, [placed(blob([0.2, 1, 0], 0.02), 0), placed(blob([0.04, 1, 0], 0.05), 1), placed(blob([0, 1, 0], 0.03), 2)])!;
    expect(o.zone.index).toBe(2);
    expect(areaOverlap(area, [placed(blob([0.3, 1, 0], 0.05))])).toBeUndefined();
    expect(areaOverlap(area, [placed(blob([0.095, 1, 0], 0.05))], (d) => d >= 0.5)).toBeUndefined();
  });

  it('more referral zones never lower cover or within; a larger area never lowers within', () => {
    fc.assert(
      fc.property(fc.array(zoneArb, { minLength: 1, maxLength: 3 }), fc.array(zoneArb, { minLength: 1, maxLength: 3 }), zoneArb, zoneArb, (a, zs, extraZone, extraArea) => {
        const A = a.map((z) => placed(z));
        const Z = zs.map((z, i) => placed(z, i));
        const base = areaOverlap(A, Z);
        if (!base) return;
        const moreZones = areaOverlap(A, [...Z, placed(extraZone, Z.length)])!;
        expect(moreZones.cover).toBeGreaterThanOrEqual(base.cover);
        expect(moreZones.within).toBeGreaterThanOrEqual(base.within);
        expect(areaOverlap([...A, placed(extraArea)], Z)!.within).toBeGreaterThanOrEqual(base.within);
      }),
      { numRuns: 200, seed: 302 },
    );
  });
});
