import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_REGIONS } from '../../../src/domain/anatomy/regions';
import { BODY_REGION_NEIGHBOURS } from '../../../src/domain/quiz/bodyRegionNeighbours';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import { QUESTION_TYPES, type NameFromPatternQuestion } from '../../../src/domain/quiz/types';
import { checkQuestion } from './questionChecks';
import { loadRealBody, type RealBody } from './realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
});

const typesArb = fc.subarray([...QUESTION_TYPES]);
const regionsArb = fc.subarray(BODY_REGIONS.map((r) => r.id), { maxLength: 3 });

describe('generation properties (core pack)', () => {
  it('the neighbour table is symmetric and never lists a region as its own neighbour', () => {
    for (const [r, ns] of Object.entries(BODY_REGION_NEIGHBOURS)) {
      expect(ns).not.toContain(r);
      for (const n of ns) expect(BODY_REGION_NEIGHBOURS[n]).toContain(r);
    }
  });

  it('seed determinism and soundness for any seed, count, types and regions (with the real body)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), typesArb, regionsArb, (seed, count, types, regions) => {
        const opts = { seed, count, types, regions, lookup: body.model.lookup };
        const qs = generateQuestions(body.pack, opts);
        expect(generateQuestions(body.pack, opts)).toEqual(qs);
        expect(qs.length).toBe(count); // the core pack can fill every type in every region
        if (types.length) for (const q of qs) expect(types).toContain(q.type);
        expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
        for (const q of qs) checkQuestion(q, body.pack, body.model.lookup);
      }),
      { numRuns: 40 },
    );
  });

  it('soundness without a body', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), typesArb, (seed, count, types) => {
        for (const q of generateQuestions(body.pack, { seed, count, types })) checkQuestion(q, body.pack);
      }),
      { numRuns: 40 },
    );
  });

  it('different seeds usually give different quizzes', () => {
    const quizzes = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(generateQuestions(body.pack, { seed, count: 5, types: [] }))));
    expect(quizzes.size).toBeGreaterThanOrEqual(19);
  });

  it('the checks catch a broken question (a distractor equal to the answer, a far-away distractor)', () => {
    const [q] = generateQuestions(body.pack, { seed: 1, count: 1, types: ['name-from-pattern'], lookup: body.model.lookup }) as NameFromPatternQuestion[];
    const twice = { ...q!, options: q!.options.map((o, i) => (i === 0 || o === q!.muscleId ? q!.muscleId : o)) };
    expect(() => checkQuestion(twice, body.pack, body.model.lookup)).toThrow();
    const far = { ...q!, muscleId: 'temporalis', options: ['temporalis', 'abductor-hallucis', 'masseter', 'frontalis'], triggerPointId: 'temporalis-1' };
    expect(() => checkQuestion(far, body.pack, body.model.lookup)).toThrow();
  });
});
