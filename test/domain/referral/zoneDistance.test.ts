import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mirrorPoint } from '../../../src/domain/referral/resolveAnchor';
import type { ResolvedZone, Vec3 } from '../../../src/domain/referral/types';
import { pointOverlap, pointSegmentDistance, segmentSegmentDistance, zoneBounds, zoneDistance, zoneOverlap, zoneSeparation } from '../../../src/domain/referral/zoneDistance';

const v = fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })) as fc.Arbitrary<Vec3>;
const zone: fc.Arbitrary<ResolvedZone> = fc.oneof(
  fc.record({ kind: fc.constant('blob' as const), center: v, radius: fc.double({ min: 0.01, max: 0.5, noNaN: true }) }),
  fc.record({ kind: fc.constant('path' as const), points: fc.array(v, { minLength: 2, maxLength: 4 }), halfWidth: fc.double({ min: 0.01, max: 0.3, noNaN: true }) }),
);
const mirrorZone = (z: ResolvedZone): ResolvedZone => (z.kind === 'blob' ? { ...z, center: mirrorPoint(z.center) } : { ...z, points: z.points.map(mirrorPoint) });
const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('zone distances', () => {
  it('blob: distance to the centre minus the radius', () => {
    const z: ResolvedZone = { kind: 'blob', center: [0, 1, 0], radius: 0.1 };
    expect(zoneDistance(z, [0.3, 1, 0])).toBeCloseTo(0.2, 12);
    expect(zoneDistance(z, [0, 1, 0])).toBeCloseTo(-0.1, 12);
    expect(pointOverlap(z, [0, 1, 0])).toBe(1);
    expect(pointOverlap(z, [0.05, 1, 0])).toBeCloseTo(0.5, 12);
    expect(pointOverlap(z, [0.2, 1, 0])).toBe(0);
  });

  it('path: distance to the polyline minus half the width', () => {
    const z: ResolvedZone = { kind: 'path', points: [[0, 0, 0], [1, 0, 0], [1, 1, 0]], halfWidth: 0.05 };
    expect(zoneDistance(z, [0.5, 0.2, 0])).toBeCloseTo(0.15, 12);
    expect(zoneDistance(z, [1.3, 0.5, 0])).toBeCloseTo(0.25, 12);
    expect(zoneDistance(z, [-0.3, -0.4, 0])).toBeCloseTo(0.45, 12);
    expect(zoneBounds(z)).toEqual([-0.05, -0.05, -0.05, 1.05, 1.05, 0.05]);
  });

  it('segment–segment distance matches dense sampling', () => {
    fc.assert(
      fc.property(v, v, v, v, (p1, q1, p2, q2) => {
        const exact = segmentSegmentDistance(p1, q1, p2, q2);
        let sampled = Infinity;
        for (let i = 0; i <= 40; i++) sampled = Math.min(sampled, pointSegmentDistance(lerp(p1, q1, i / 40), p2, q2));
        expect(exact).toBeLessThanOrEqual(sampled + 1e-9);
        expect(exact).toBeGreaterThanOrEqual(sampled - dist(p1, q1) / 40 - 1e-9);
        expect(segmentSegmentDistance(p2, q2, p1, q1)).toBeCloseTo(exact, 9);
      }),
      { numRuns: 300, seed: 1 },
    );
    expect(segmentSegmentDistance([0, 0, 0], [0, 0, 0], [1, 0, 0], [1, 0, 0])).toBe(1);
    expect(segmentSegmentDistance([0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0])).toBe(1); // parallel
  });

  it('overlap is symmetric, in [0, 1], positive exactly when zones intersect, and mirror-invariant', () => {
    fc.assert(
      fc.property(zone, zone, v, (a, b, p) => {
        const o = zoneOverlap(a, b);
        expect(o).toBeGreaterThanOrEqual(0);
        expect(o).toBeLessThanOrEqual(1);
        expect(zoneOverlap(b, a)).toBeCloseTo(o, 9);
        expect(o > 0).toBe(zoneSeparation(a, b) < 0);
        expect(zoneOverlap(mirrorZone(a), mirrorZone(b))).toBe(o);
        expect(zoneDistance(mirrorZone(a), mirrorPoint(p))).toBe(zoneDistance(a, p));
      }),
      { numRuns: 300, seed: 2 },
    );
  });

  it('a small blob inside a large one overlaps fully', () => {
    expect(zoneOverlap({ kind: 'blob', center: [0, 0, 0], radius: 0.2 }, { kind: 'blob', center: [0.05, 0, 0], radius: 0.05 })).toBe(1);
    expect(zoneOverlap({ kind: 'blob', center: [0, 0, 0], radius: 0.1 }, { kind: 'blob', center: [0.3, 0, 0], radius: 0.1 })).toBe(0);
  });
});
