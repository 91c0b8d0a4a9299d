/**
 * A large, valid, deterministic pack for benchmarks and scale tests: `n` muscles with 2 trigger
 * points each (2 essential + 2 spillover zones, blobs and paths on real landmarks), 60 regions, and
 * the techniques, exercises, precautions and sources they cite. Muscle ids are synthetic, so parse it
 * with `catalogue: { muscles: syntheticMuscleIds(n) }`.
 */
import { LANDMARKS } from '../../src/domain/anatomy/landmarks';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (i: number) => String(i).padStart(4, '0');

export function syntheticMuscleIds(n: number): Set<string> {
  return new Set(Array.from({ length: n }, (_, i) => `synthetic-muscle-${pad(i)}`));
}

export function makeSyntheticPack(n: number, seed = 1): Record<string, unknown> {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const landmarks = LANDMARKS.map((l) => l.id);
  const off = (): [number, number, number] => [+(rnd() * 0.08 - 0.04).toFixed(3), +(rnd() * 0.08 - 0.04).toFixed(3), +(rnd() * 0.04 - 0.02).toFixed(3)];
  const anchor = () => ({ landmark: pick(landmarks), offset: off() });
  const zone = (i: number) =>
    i % 2 === 0
      ? { kind: 'blob', at: anchor(), radius: +(0.02 + rnd() * 0.06).toFixed(3) }
      : { kind: 'path', points: [anchor(), anchor(), anchor()], width: +(0.02 + rnd() * 0.05).toFixed(3) };
  const sources = Array.from({ length: 10 }, (_, i) => ({ id: `source-${i}`, author: `Author ${i}`, title: `Title ${i}`, year: 1990 + i, kind: 'book', publisher: 'Publisher' }));
  const src = () => [pick(sources).id];
  const regions = Array.from({ length: 60 }, (_, i) => ({ id: `region-${i}`, name: `region ${i}`, aliases: [`area ${i}`], area: [zone(0), zone(1)] }));
  const techniques = Array.from({ length: 9 }, (_, i) => ({
    id: `technique-${i}`, name: `Technique ${i}`, summary: 'A summary.', steps: ['Step one.', 'Step two.'], phases: ['subacute', 'chronic'],
    whenToUse: 'When it helps.', cautions: ['Go gently.'], sources: src(),
  }));
  const exercises = Array.from({ length: 50 }, (_, i) => ({
    id: `exercise-${i}`, name: `Exercise ${i}`, kind: 'stretch', steps: ['Do this.'], dosage: '3 × 30 s', cautions: [], sources: src(),
  }));
  const precautions = Array.from({ length: 8 }, (_, i) => ({ id: `precaution-${i}`, name: `Precaution ${i}`, description: 'Take care.', action: 'modify', sources: src() }));
  const muscles = [...syntheticMuscleIds(n)].map((id, i) => ({
    id,
    name: `synthetic muscle ${pad(i)}`,
    aliases: [`sm ${i}`],
    region: 'head',
    layer: 'superficial',
    description: 'A muscle for testing at scale.',
    actions: ['Moves something.'],
    triggerPoints: [0, 1].map((t) => ({
      id: `${id}-trp-${t}`,
      location: 'In the middle of the belly.',
      anchor: anchor(),
      depth: t ? 'deep' : 'superficial',
      referral: { essential: [zone(0), zone(1)], spillover: [zone(0), zone(1)], side: rnd() < 0.1 ? 'both' : 'same' },
      regions: [pick(regions).id, pick(regions).id],
      symptoms: 'An ache.',
      hold: { minSeconds: 30, maxSeconds: 90, repetitions: 3, pressureCue: 'Firm, tolerable pressure.' },
      sources: src(),
    })),
    techniques: [pick(techniques).id, pick(techniques).id],
    exercises: [pick(exercises).id],
    precautions: { ids: [pick(precautions).id], notes: ['Mind the nerve.'] },
    sources: src(),
  }));
  return {
    format: 'myomap-pack', version: 1, id: 'synthetic', title: `Synthetic pack (${n} muscles)`, authors: ['bench'], license: 'CC0',
    disclaimer: 'Test data.', sources, regions, techniques, precautions, exercises, muscles, quizzes: [],
  };
}
