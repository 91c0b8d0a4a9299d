/** Packs for the study tests: the real core pack, and small generated ones for properties. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parsePackText } from '../../../src/content/loadPack';
import type { Pack } from '../../../src/content/schema';
import type { StudyMuscle, StudyPack } from '../../../src/domain/study';

let core: Pack | undefined;

/** public/content/core.json through the real parser (read once). */
export function corePack(): Pack {
  if (!core) {
    const r = parsePackText(readFileSync(join(import.meta.dirname, '../../../public/content/core.json'), 'utf8'));
    if (!r.ok) throw new Error(`core.json: ${JSON.stringify(r.issues.slice(0, 3))}`);
    core = r.pack;
  }
  return core;
}

const REGIONS = ['head', 'neck', 'shoulder', 'thigh'];
const REFERRAL_REGIONS = ['r-one', 'r-two', 'r-three', 'r-four'];
const TECHNIQUES = ['t-a', 't-b', 't-c', 't-d', 't-e'];
const PRECAUTIONS = ['p-a', 'p-b', 'p-c'];

const hold = fc.record({
  minSeconds: fc.integer({ min: 20, max: 60 }),
  maxSeconds: fc.integer({ min: 60, max: 120 }),
  repetitions: fc.integer({ min: 1, max: 4 }),
});

type Trp = { hold: { repetitions: number; minSeconds: number; maxSeconds: number }; regions: string[] };

function muscle(i: number, region: string, trps: Trp[], techniques: string[], precautions: string[]): StudyMuscle {
  return {
    id: `muscle-${i}`,
    name: `muscle ${i}`,
    region,
    triggerPoints: trps.map(({ hold: h, regions }, j) => ({
      id: `muscle-${i}-${j + 1}`,
      location: `Spot ${j + 1}, ${i} cm below the landmark.`,
      anchor: { landmark: 'c7-spinous', offset: [0.01 * i, 0.02 * j, 0] },
      regions,
      symptoms: 'Aches.',
      hold: h,
      sources: ['s-one'],
    })),
    techniques,
    precautions: { ids: precautions, notes: [] },
    sources: ['s-one'],
  };
}

/** Small packs: 1–12 muscles with 1–3 trigger points, some without techniques or precautions. */
export const studyPackArb: fc.Arbitrary<StudyPack> = fc
  .array(
    fc.record({
      region: fc.constantFrom(...REGIONS),
      trps: fc.array(fc.record({ hold, regions: fc.subarray(REFERRAL_REGIONS, { minLength: 1 }) }), { minLength: 1, maxLength: 3 }),
      techniques: fc.subarray(TECHNIQUES),
      precautions: fc.subarray(PRECAUTIONS),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => ({
    muscles: rows.map((r, i) => muscle(i, r.region, r.trps, r.techniques, r.precautions)),
    regions: REFERRAL_REGIONS.map((id) => ({ id, name: `Region ${id}` })),
    techniques: TECHNIQUES.map((id) => ({ id, name: `Technique ${id}`, summary: 'Does things.', sources: ['s-one'] })),
    precautions: PRECAUTIONS.map((id) => ({ id, name: `Precaution ${id}`, description: 'Careful.', sources: ['s-one'] })),
  }));
