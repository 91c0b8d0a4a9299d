import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdAdvice, mergeHolds, type Hold } from '../../../src/ui/print/holdAdvice';
import { joinAnd } from '../../../src/ui/print/painWords';

const hold = fc
  .tuple(fc.integer({ min: 5, max: 600 }), fc.integer({ min: 5, max: 600 }), fc.integer({ min: 1, max: 10 }))
  .map(([a, b, repetitions]): Hold => ({ minSeconds: Math.min(a, b), maxSeconds: Math.max(a, b), repetitions }));

describe('hold guidance in client words', () => {
  it('says the range and repetitions of the trigger point', () => {
    expect(holdAdvice({ minSeconds: 30, maxSeconds: 60, repetitions: 3 })).toBe(
      'If your therapist showed you self-pressure: press gently for 30–60 s, up to 3 times, easing off as the tenderness fades.',
    );
    expect(holdAdvice({ minSeconds: 60, maxSeconds: 120, repetitions: 1 })).toContain('for 1–2 min, once,');
    expect(holdAdvice({ minSeconds: 45, maxSeconds: 45, repetitions: 2 })).toContain('for 45 s, up to 2 times');
  });

  it('merging keeps every trigger point’s range and repetitions inside the merged one', () => {
    fc.assert(
      fc.property(fc.array(hold, { minLength: 1, maxLength: 6 }), (holds) => {
        const m = mergeHolds(holds)!;
        expect(m.minSeconds).toBeLessThanOrEqual(m.maxSeconds);
        for (const h of holds) {
          expect(m.minSeconds).toBeLessThanOrEqual(h.minSeconds);
          expect(m.maxSeconds).toBeGreaterThanOrEqual(h.maxSeconds);
          expect(m.repetitions).toBeGreaterThanOrEqual(h.repetitions);
        }
        // The bounds are attained (not widened beyond the guidance).
        expect(holds.some((h) => h.minSeconds === m.minSeconds)).toBe(true);
        expect(holds.some((h) => h.maxSeconds === m.maxSeconds)).toBe(true);
      }),
    );
    expect(mergeHolds([])).toBeNull();
  });

  it('the merge does not depend on the order of the trigger points', () => {
    fc.assert(
      fc.property(fc.array(hold, { minLength: 1, maxLength: 6 }), (holds) => {
        expect(mergeHolds([...holds].reverse())).toEqual(mergeHolds(holds));
      }),
    );
  });

  it('joinAnd lists every word once with "and" before the last', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['temple'])).toBe('temple');
    expect(joinAnd(['temple', 'eye', 'jaw'])).toBe('temple, eye and jaw');
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 2, maxLength: 6 }), (words) => {
        const s = joinAnd(words);
        expect(s.endsWith(` and ${words[words.length - 1]}`)).toBe(true);
        expect(s.split(/, | and /)).toEqual(words);
      }),
    );
  });
});
