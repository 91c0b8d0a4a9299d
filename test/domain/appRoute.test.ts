import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, quizHash } from '../../src/domain/appRoute';

describe('parseRoute', () => {
  it('reads each mode', () => {
    expect(parseRoute('#/quiz')).toMatchObject({ mode: 'quiz', view: 'list', quizId: null, canonical: '#/quiz' });
    expect(parseRoute('#/quiz/build')).toMatchObject({ mode: 'quiz', view: 'build', canonical: '#/quiz/build' });
    expect(parseRoute('#/quiz/class/')).toMatchObject({ mode: 'quiz', view: 'class', canonical: '#/quiz/class' });
    expect(parseRoute('#/quiz/head-and-neck-headaches?seed=42')).toMatchObject({ mode: 'quiz', view: 'take', quizId: 'head-and-neck-headaches', seed: 42, canonical: '#/quiz/head-and-neck-headaches?seed=42' });
    expect(parseRoute('#/quiz/safe-practice/present?seed=7')).toMatchObject({ view: 'present', quizId: 'safe-practice', seed: 7 });
    expect(parseRoute('#/quiz/custom')).toMatchObject({ view: 'take', quizId: 'custom', seed: null, canonical: '#/quiz/custom' });
    expect(parseRoute('#/find')).toEqual({ mode: 'find', canonical: '#/find' });
    expect(parseRoute('#/study')).toEqual({ mode: 'study', canonical: '#/study' });
    expect(parseRoute('#/print')).toEqual({ mode: 'print', canonical: '#/print' });
    expect(parseRoute('#/explore/masseter/l')).toMatchObject({ mode: 'explore', muscleId: 'masseter', side: 'l' });
  });

  it('falls back sensibly on bad input', () => {
    expect(parseRoute('#/quiz/Bad_Id')).toMatchObject({ mode: 'quiz', view: 'list' });
    expect(parseRoute('#/quiz/x/y/z')).toMatchObject({ view: 'list' });
    expect(parseRoute('#/quiz/x?seed=-3')).toMatchObject({ view: 'take', seed: null });
    expect(parseRoute('#/quiz/x?seed=99999999999')).toMatchObject({ seed: null });
    expect(parseRoute('#/find/extra')).toMatchObject({ mode: 'explore', canonical: '#/explore' });
    expect(parseRoute('#/nowhere')).toMatchObject({ mode: 'explore', canonical: '#/explore' });
  });

  it('never throws and its canonical hash parses to itself (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseRoute(s);
        expect(parseRoute(r.canonical).canonical).toBe(r.canonical);
      }),
    );
  });

  it('round-trips quiz hashes (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((x) => x !== 'build' && x !== 'class');
    fc.assert(
      fc.property(id, fc.constantFrom('take' as const, 'present' as const), fc.option(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { nil: null }), (quizId, view, seed) => {
        const r = parseRoute(quizHash(view, quizId, seed));
        expect(r).toMatchObject({ mode: 'quiz', view, quizId, seed });
      }),
    );
  });
});
