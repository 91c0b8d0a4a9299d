/** A symmetric synthetic body (landmark table) and random referral packs for the referral tests. */
import fc from 'fast-check';
import { LANDMARKS } from '../../../src/domain/anatomy/landmarks';
import { landmarkLookup } from '../../../src/domain/referral/landmarkLookup';
import type { LandmarkLookup, MuscleLike, ReferralPack, Vec3, ZoneLike } from '../../../src/domain/referral/types';

/** Landmarks placed pseudo-randomly but exactly mirrored: paired ones at ±x, midline ones at x = 0. */
export function symmetricTable(): Map<string, Vec3> {
  const table = new Map<string, Vec3>();
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const l of LANDMARKS) {
    const y = 0.1 + rnd() * 1.6;
    const z = rnd() * 0.3 - 0.15;
    if (l.paired) {
      const x = 0.03 + rnd() * 0.4;
      table.set(`${l.id}:r`, [-x, y, z]);
      table.set(`${l.id}:l`, [x, y, z]);
    } else table.set(l.id, [0, y, z]);
  }
  return table;
}

export const TABLE = symmetricTable();
export const LOOKUP: LandmarkLookup = landmarkLookup(TABLE);

/** A few landmarks close together (so random zones overlap often): paired and midline. */
export const NEAR = ['c7-spinous', 't3-spinous', 'acromion', 'superior-angle', 'spine-root', 'first-rib'];
export const REGION_IDS = ['r0', 'r1', 'r2', 'r3'];

// Pull the chosen landmarks into one neighbourhood of the synthetic body.
NEAR.forEach((id, i) => {
  const y = 1.3 + i * 0.03;
  if (TABLE.has(id)) TABLE.set(id, [0, y, -0.05]);
  else {
    TABLE.set(`${id}:r`, [-(0.02 + i * 0.03), y, -0.05]);
    TABLE.set(`${id}:l`, [0.02 + i * 0.03, y, -0.05]);
  }
});

const offset = fc.tuple(fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.03, max: 0.03, noNaN: true }));
const anchor = fc.record({ landmark: fc.constantFrom(...NEAR), offset });

export const zoneArb: fc.Arbitrary<ZoneLike> = fc.oneof(
  fc.record({ kind: fc.constant('blob' as const), at: anchor, radius: fc.double({ min: 0.01, max: 0.08, noNaN: true }) }),
  fc.record({ kind: fc.constant('path' as const), points: fc.array(anchor, { minLength: 2, maxLength: 3 }), width: fc.double({ min: 0.01, max: 0.08, noNaN: true }) }),
);

const trpArb = (muscle: string, i: number) =>
  fc.record({
    essential: fc.array(zoneArb, { minLength: 1, maxLength: 2 }),
    spillover: fc.array(zoneArb, { maxLength: 2 }),
    side: fc.constantFrom('same' as const, 'both' as const),
    regions: fc.subarray(REGION_IDS),
  }).map(({ essential, spillover, side, regions }) => ({ id: `${muscle}-${i}`, referral: { essential, spillover, side }, regions }));

export const packArb: fc.Arbitrary<ReferralPack> = fc
  .record({
    muscles: fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, m) => fc.integer({ min: 1, max: 2 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => trpArb(`m${m}`, i)))).map((trps): MuscleLike => ({ id: `m${m}`, name: `muscle ${m % 3}`, triggerPoints: trps })))),
    ),
    areas: fc.tuple(...REGION_IDS.map(() => fc.array(zoneArb, { maxLength: 2 }))),
  })
  .map(({ muscles, areas }) => ({ muscles, regions: REGION_IDS.map((id, i) => ({ id, name: id, area: areas[i]! })) }));

const point = fc.tuple(fc.double({ min: -0.25, max: 0.25, noNaN: true }), fc.double({ min: 1.25, max: 1.5, noNaN: true }), fc.double({ min: -0.12, max: 0.02, noNaN: true }));
const intensity = fc.option(fc.constantFrom(1, 2, 3), { nil: undefined });
export const dabArb = fc.record({ center: point as fc.Arbitrary<Vec3>, radius: fc.double({ min: 0.005, max: 0.05, noNaN: true }) });
export const queryArb = fc.record({
  regions: fc.array(fc.record({ region: fc.constantFrom(...REGION_IDS, 'unknown'), side: fc.constantFrom('l' as const, 'r' as const), intensity }), { maxLength: 3 }),
  points: fc.array(fc.record({ position: point as fc.Arbitrary<Vec3>, side: fc.constantFrom('l' as const, 'r' as const), intensity }), { maxLength: 3 }),
  dabs: fc.array(fc.record({ dabs: fc.array(dabArb, { minLength: 1, maxLength: 4 }), side: fc.option(fc.constantFrom('l' as const, 'r' as const), { nil: undefined }), intensity }), { maxLength: 2 }),
});
