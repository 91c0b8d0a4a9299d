import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import { multiSelectScore, scoreAnswer } from '../../../src/domain/quiz/score';
import type { NameFromPatternQuestion, PracticeQuestion, WhichRefersQuestion } from '../../../src/domain/quiz/types';
import { loadRealBody, type RealBody } from './realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
});
const ctx = () => ({ lookup: body.model.lookup, pack: body.pack });

describe('multiSelectScore', () => {
  it('(right − wrong) / number correct, floored at 0; correct only when exact', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 }), fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 10 }), (correct, picked) => {
        const right = picked.filter((p) => correct.includes(p)).length;
        const wrong = picked.length - right;
        const m = multiSelectScore(picked, correct);
        expect(m.score).toBeCloseTo(Math.max(0, (right - wrong) / correct.length), 12);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.correct).toBe(right === correct.length && wrong === 0);
        expect(m.correct).toBe(m.score === 1);
      }),
    );
  });

  it('examples', () => {
    expect(multiSelectScore(['a', 'b'], ['a', 'b', 'c']).score).toBeCloseTo(2 / 3);
    expect(multiSelectScore(['a', 'x'], ['a', 'b'])).toEqual({ score: 0, correct: false });
    expect(multiSelectScore(['a', 'a', 'b'], ['a', 'b'])).toEqual({ score: 1, correct: true });
    expect(multiSelectScore([], ['a'])).toEqual({ score: 0, correct: false });
  });
});

describe('scoreAnswer: choices and names', () => {
  it('name-from-pattern: the right option scores 1, every other 0; typed names with typos count', () => {
    const qs = generateQuestions(body.pack, { seed: 2, count: 10, types: ['name-from-pattern'], lookup: body.model.lookup }) as NameFromPatternQuestion[];
    for (const q of qs) {
      for (const o of q.options) {
        const m = scoreAnswer(q, { type: 'name-from-pattern', muscleId: o }, ctx());
        expect(m.score).toBe(o === q.muscleId ? 1 : 0);
        expect(m.correct).toBe(o === q.muscleId);
      }
    }
    const q = { ...qs[0]!, muscleId: 'levator-scapulae' };
    const typed = scoreAnswer(q, { type: 'name-from-pattern', muscleId: null, typed: 'levator scapula' }, ctx());
    expect(typed).toMatchObject({ score: 1, correct: true, expected: 'Levator scapulae' });
    expect(typed.given).toContain('Levator scapulae');
    expect(scoreAnswer(q, { type: 'name-from-pattern', muscleId: null, typed: 'trapezius' }, ctx())).toMatchObject({ score: 0, correct: false });
    expect(scoreAnswer(q, { type: 'name-from-pattern', muscleId: null }, ctx())).toMatchObject({ score: 0, given: 'No answer' });
  });

  it('which-refers: picking exactly the answers is correct; names in the marking', () => {
    const [q] = generateQuestions(body.pack, { seed: 3, count: 1, types: ['which-refers'], lookup: body.model.lookup }) as WhichRefersQuestion[];
    const all = scoreAnswer(q!, { type: 'which-refers', muscleIds: [...q!.answers] }, ctx());
    expect(all).toMatchObject({ score: 1, correct: true });
    const name = body.pack.muscles.find((m) => m.id === q!.answers[0])!.name;
    expect(all.expected.toLowerCase()).toContain(name.toLowerCase());
    const everything = scoreAnswer(q!, { type: 'which-refers', muscleIds: [...q!.options] }, ctx());
    expect(everything.correct).toBe(false);
    expect(everything.score).toBeCloseTo(Math.max(0, (q!.answers.length - (q!.options.length - q!.answers.length)) / q!.answers.length));
  });

  it('practice: the correct index scores 1; out-of-range picks count as wrong', () => {
    const qs = generateQuestions(body.pack, { seed: 5, count: 12, types: ['practice'], lookup: body.model.lookup }) as PracticeQuestion[];
    expect(new Set(qs.map((q) => q.topic))).toEqual(new Set(['hold', 'technique', 'precaution', 'exercise']));
    for (const q of qs) {
      const right = scoreAnswer(q, { type: 'practice', choices: [...q.correct] }, ctx());
      expect(right).toMatchObject({ score: 1, correct: true, given: right.expected });
      expect(right.expected).toBe(q.choices[q.correct[0]!]);
      expect(scoreAnswer(q, { type: 'practice', choices: [...q.correct, 99] }, ctx()).correct).toBe(false);
      const wrong = q.choices.findIndex((_, i) => !q.correct.includes(i));
      expect(scoreAnswer(q, { type: 'practice', choices: [wrong] }, ctx())).toMatchObject({ score: 0, correct: false });
    }
  });

  it('hold questions: the right range is the trigger point\'s own', () => {
    const qs = (generateQuestions(body.pack, { seed: 9, count: 40, types: ['practice'] }) as PracticeQuestion[]).filter((q) => q.topic === 'hold');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const trp = body.pack.muscles.flatMap((m) => m.triggerPoints).find((t) => q.id.endsWith(`-${t.id}`))!;
      expect(q.choices[q.correct[0]!]).toBe(`${trp.hold.minSeconds}–${trp.hold.maxSeconds} s`);
    }
  });

  it('an answer of another type scores nothing', () => {
    const [q] = generateQuestions(body.pack, { seed: 1, count: 1, types: ['practice'] });
    expect(scoreAnswer(q!, { type: 'which-refers', muscleIds: [] }, ctx())).toMatchObject({ score: 0, correct: false });
  });
});
