import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, MAX_CODE_BITS, quizHash } from '../../../src/domain/quiz/resultCode';
import type { QuizResultAnswer } from '../../../src/domain/quiz/results';
import { normaliseSeed } from '../../../src/domain/quiz/rng';
import { sampleResult } from './resultArb';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const answers = (bits: readonly boolean[]): QuizResultAnswer[] => bits.map((correct, i) => ({ questionId: `q${i}`, type: 'practice', score: correct ? 1 : 0, correct, given: '', expected: '' }));
const codeInput = fc.record({
  quizId: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  seed: fc.nat({ max: 2 ** 32 - 1 }),
  score: fc.double({ min: 0, max: 100, noNaN: true }),
  answers: fc.array(fc.boolean(), { maxLength: 127 }).map(answers),
});

describe('result codes', () => {
  it('decode(encode(result)) gives back the quiz hash, seed, rounded score, count and correct bits; at most 40 characters', () => {
    fc.assert(
      fc.property(codeInput, (r) => {
        const code = encodeResultCode(r);
        expect(code.length).toBeLessThanOrEqual(40);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
        expect(decodeResultCode(code)).toEqual({
          quizHash: quizHash(r.quizId),
          seed: r.seed,
          score: Math.round(r.score),
          count: r.answers.length,
          correctBits: r.answers.slice(0, MAX_CODE_BITS).map((a) => a.correct),
        });
      }),
      { numRuns: 500, seed: 601 },
    );
  });

  it('a short quiz gives a short code', () => {
    const code = encodeResultCode(sampleResult());
    expect(code.length).toBeLessThanOrEqual(21);
    expect(decodeResultCode(code)).toEqual({ quizHash: quizHash('head-and-neck-headaches'), seed: 42, score: 50, count: 2, correctBits: [true, false] });
  });

  it('detects any one mistyped character', () => {
    fc.assert(
      fc.property(codeInput, fc.nat(), fc.integer({ min: 1, max: 31 }), (r, at, shift) => {
        const chars = encodeResultCode(r).replace(/-/g, '');
        const i = at % chars.length;
        const typo = ALPHABET[(ALPHABET.indexOf(chars[i]!) + shift) % 32]!;
        expect(decodeResultCode(chars.slice(0, i) + typo + chars.slice(i + 1))).toHaveProperty('error');
      }),
      { numRuns: 1000, seed: 602 },
    );
  });

  it('detects two neighbouring characters swapped, a character left out, or one added', () => {
    fc.assert(
      fc.property(codeInput, fc.nat(), fc.constantFrom(...ALPHABET), (r, at, extra) => {
        const chars = encodeResultCode(r).replace(/-/g, '');
        const i = at % (chars.length - 1);
        if (chars[i] !== chars[i + 1]) expect(decodeResultCode(chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2))).toHaveProperty('error');
        expect(decodeResultCode(chars.slice(0, i) + chars.slice(i + 1))).toHaveProperty('error');
        expect(decodeResultCode(chars.slice(0, i) + extra + chars.slice(i))).toHaveProperty('error');
      }),
      { numRuns: 500, seed: 603 },
    );
  });

  it('carries any whole-number seed as generation folds it, so the decoded seed reopens the same quiz', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (seed) => {
        const d = decodeResultCode(encodeResultCode({ quizId: 'q', seed, score: 0, answers: [] }));
        expect(d).toMatchObject({ seed: normaliseSeed(seed) });
      }),
      { numRuns: 200, seed: 604 },
    );
  });

  it('reads what people type: lower case, spaces, no hyphens, O for 0 and I or L for 1', () => {
    const code = encodeResultCode({ quizId: 'safe-practice', seed: 1001, score: 90, answers: answers([true, true, false, true]) });
    const expected = decodeResultCode(code);
    expect(expected).not.toHaveProperty('error');
    expect(decodeResultCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toEqual(expected);
    expect(decodeResultCode(code.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual(expected);
  });

  it('says what is wrong with a code that cannot be read', () => {
    expect(decodeResultCode('')).toEqual({ error: 'the code is empty' });
    expect(decodeResultCode('ABCD-U123')).toEqual({ error: '"U" is not a result-code character (digits and letters except I, L, O, U)' });
    expect(decodeResultCode('ABCD')).toEqual({ error: expect.stringMatching(/^the code is too short/) });
  });

  it('quiz hashes are 16-bit and differ for the core quizzes', () => {
    const ids = ['head-and-neck-headaches', 'shoulder-and-upper-back', 'safe-practice'];
    const hashes = ids.map(quizHash);
    expect(new Set(hashes).size).toBe(3);
    for (const h of hashes) expect(h).toBeGreaterThanOrEqual(0), expect(h).toBeLessThan(65536);
  });
});
