import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, formatInterval, GRADE_NAMES, gradeFromKey, isLearning, newCardState, previewIntervals, retrievability, review, type CardState, type Grade } from '../../../src/domain/study';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Any state reachable from a new card by some answers at some later times. */
const reachableState: fc.Arbitrary<{ state: CardState; now: number }> = fc
  .array(fc.record({ grade: fc.constantFrom<Grade>(1, 2, 3, 4), lateBy: fc.integer({ min: -DAY_MS, max: 60 * DAY_MS }) }), { maxLength: 8 })
  .chain((steps) =>
    fc.integer({ min: 0, max: 90 * DAY_MS }).map((wait) => {
      let state = newCardState(T0);
      let now = T0;
      for (const s of steps) {
        now = Math.max(now + 60_000, state.due + s.lateBy);
        state = review(state, s.grade, now).state;
      }
      return { state, now: Math.max(now, state.due - wait) };
    }),
  );

describe('schedule', () => {
  it('starts a new card due now, never reviewed, and keeps state as plain JSON', () => {
    const s = newCardState(T0);
    expect(s.due).toBe(T0);
    expect(s.phase).toBe(0);
    expect(s.lastReview).toBeNull();
    const after = review(s, 3, T0).state;
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);
    expect(after.lastReview).toBe(T0);
    expect(after.reps).toBe(1);
  });

  it('moves the due date forward with each of 5 Good answers given when due', () => {
    let s = newCardState(T0);
    let now = T0;
    const dues: number[] = [];
    for (let i = 0; i < 5; i++) {
      s = review(s, 3, now).state;
      expect(s.due).toBeGreaterThan(now);
      dues.push(s.due);
      now = s.due;
    }
    for (let i = 1; i < dues.length; i++) expect(dues[i]! - (dues[i - 1] ?? 0)).toBeGreaterThan(0);
    // After the learning step the gaps grow: from days to weeks.
    expect(dues[4]! - dues[3]!).toBeGreaterThan(dues[2]! - dues[1]!);
    expect(s.phase).toBe(2);
    // Exact FSRS-6 defaults without fuzz: fuzz would spread these by days.
    expect(dues.map((d, i) => Math.round((d - (i === 0 ? T0 : dues[i - 1]!)) / 60_000))).toEqual([10, 2 * 1440, 11 * 1440, 46 * 1440, 163 * 1440]);
  });

  it('Again on a review card sends it back to relearning and counts a lapse', () => {
    let s = newCardState(T0);
    s = review(s, 4, T0).state;
    const lapsed = review(s, 1, s.due).state;
    expect(lapsed.lapses).toBe(1);
    expect(isLearning(lapsed)).toBe(true);
    expect(lapsed.due - s.due).toBeLessThan(DAY_MS);
  });

  it('previews each button with a short label', () => {
    const p = previewIntervals(newCardState(T0), T0);
    expect(p[1].label).toBe('1 min');
    expect(p[3].label).toBe('10 min');
    expect(p[4].intervalMs).toBeGreaterThan(DAY_MS);
    expect(p[4].label).toMatch(/^\d+ d$/);
  });

  it('formats intervals', () => {
    expect(formatInterval(30_000)).toBe('1 min');
    expect(formatInterval(10 * 60_000)).toBe('10 min');
    expect(formatInterval(3 * 3_600_000)).toBe('3 h');
    expect(formatInterval(3 * DAY_MS)).toBe('3 d');
    expect(formatInterval(65 * DAY_MS)).toBe('2 mo');
    expect(formatInterval(400 * DAY_MS)).toBe('1.1 y');
  });

  it('retrievability is 0 for a new card, near 1 just after a review, and falls with time', () => {
    let s = newCardState(T0);
    expect(retrievability(s, T0)).toBe(0);
    s = review(s, 3, T0).state;
    s = review(s, 3, s.due).state;
    const r0 = retrievability(s, s.lastReview!);
    const r1 = retrievability(s, s.lastReview! + 30 * DAY_MS);
    expect(r0).toBeGreaterThan(0.99);
    expect(r1).toBeLessThan(r0);
  });
});

describe('schedule properties', () => {
  it('on the same state, Easy ≥ Good ≥ Hard ≥ Again, and every answer schedules after now', () => {
    fc.assert(
      fc.property(reachableState, ({ state, now }) => {
        const p = previewIntervals(state, now);
        expect(p[4].due).toBeGreaterThanOrEqual(p[3].due);
        expect(p[3].due).toBeGreaterThanOrEqual(p[2].due);
        expect(p[2].due).toBeGreaterThanOrEqual(p[1].due);
        expect(p[1].intervalMs).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic (no fuzz) and the state survives a JSON round trip', () => {
    fc.assert(
      fc.property(reachableState, fc.constantFrom<Grade>(1, 2, 3, 4), ({ state, now }, g) => {
        const copy = JSON.parse(JSON.stringify(state)) as CardState;
        expect(review(copy, g, now)).toEqual(review(state, g, now));
      }),
      { numRuns: 100 },
    );
  });

  it('Good on a due review card never shortens its interval (up to the 100-year cap)', () => {
    fc.assert(
      fc.property(reachableState, ({ state }) => {
        fc.pre(state.phase === 2);
        const next = review(state, 3, state.due).state;
        const before = state.due - (state.lastReview ?? state.due);
        expect(next.due - state.due).toBeGreaterThanOrEqual(Math.min(before, 36_500 * DAY_MS));
      }),
      { numRuns: 200 },
    );
  });
});

describe('gradeFromKey', () => {
  it('maps keys 1–4 to Again, Hard, Good, Easy and nothing else', () => {
    expect(['1', '2', '3', '4'].map((k) => GRADE_NAMES[gradeFromKey(k)!])).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    for (const k of ['0', '5', 'a', 'Enter', '', '11']) expect(gradeFromKey(k)).toBeNull();
  });
});
