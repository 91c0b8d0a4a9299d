import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { DAY_MS, localDay, type StudyCard } from '../../src/domain/study';
import {
  createStudySlice,
  DEFAULT_NEW_PER_DAY,
  initialStudyState,
  partializeStudy,
  readPersistedStudy,
  REVIEW_LOG_LIMIT,
  StudyPersistSchema,
  StudyStateSchema,
  studyQueueFor,
  type StudySlice,
} from '../../src/state/studySlice';

/** A throwaway store holding the study slice next to another field, as the app store will. */
const makeStore = () => create<StudySlice & { other: number }>()((...a) => ({ ...createStudySlice(...a), other: 1 }));
let store = makeStore();
const s = () => store.getState();
const T0 = Date.UTC(2026, 3, 1, 8);

beforeEach(() => {
  store = makeStore();
});

describe('study slice', () => {
  it('starts empty with the default new-card limit', () => {
    expect(s().study).toEqual({ states: {}, suspended: [], regions: [], newPerDay: DEFAULT_NEW_PER_DAY, reviewLog: [] });
  });

  it('rating a card schedules it and logs the answer, first reviews marked new', () => {
    s().rateCard('hold:masseter', 3, T0);
    const first = s().study.states['hold:masseter']!;
    expect(first.reps).toBe(1);
    expect(first.due).toBeGreaterThan(T0);
    s().rateCard('hold:masseter', 3, first.due);
    expect(s().study.states['hold:masseter']!.due).toBeGreaterThan(first.due);
    expect(s().study.reviewLog).toEqual([
      { cardId: 'hold:masseter', grade: 3, at: T0, wasNew: true },
      { cardId: 'hold:masseter', grade: 3, at: first.due, wasNew: false },
    ]);
    expect(s().other).toBe(1);
  });

  it('ignores invalid grades and times', () => {
    s().rateCard('x', 5 as never, T0);
    s().rateCard('x', 3, Number.NaN);
    expect(s().study.states).toEqual({});
    expect(s().study.reviewLog).toEqual([]);
  });

  it('caps the review log, dropping the oldest', () => {
    for (let i = 0; i < REVIEW_LOG_LIMIT + 5; i++) s().rateCard(`c${i % 7}`, 3, T0 + i * 1000);
    expect(s().study.reviewLog).toHaveLength(REVIEW_LOG_LIMIT);
    expect(s().study.reviewLog[0]!.at).toBe(T0 + 5 * 1000);
  });

  it('suspends and unsuspends once each, limits regions and resets', () => {
    s().suspendCard('a');
    s().suspendCard('a');
    expect(s().study.suspended).toEqual(['a']);
    s().unsuspendCard('a');
    expect(s().study.suspended).toEqual([]);
    s().setStudyRegions(['neck', 'head', 'neck']);
    expect(s().study.regions).toEqual(['neck', 'head']);
    s().setNewPerDay(12.4);
    expect(s().study.newPerDay).toBe(12);
    s().setNewPerDay(-3);
    expect(s().study.newPerDay).toBe(0);
    s().rateCard('a', 4, T0);
    s().resetStudy();
    expect(s().study).toEqual(initialStudyState());
  });
});

describe('studyQueueFor', () => {
  const cards: StudyCard[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'hold', muscleId: id, region: id === 'd' ? 'head' : 'neck', front: 'f', back: 'b' }));

  it('counts new cards started today against the daily limit, not those started yesterday', () => {
    const now = localDay(T0).start + 10 * 3_600_000;
    s().setNewPerDay(2);
    s().rateCard('a', 3, now - DAY_MS);
    expect(studyQueueFor(cards, s().study, now).new).toEqual(['b', 'c']);
    s().rateCard('b', 3, now - 60_000);
    expect(studyQueueFor(cards, s().study, now).new).toEqual(['c']);
  });

  it('applies suspensions and regions from the saved state', () => {
    s().suspendCard('b');
    s().setStudyRegions(['neck']);
    expect(studyQueueFor(cards, s().study, T0).new).toEqual(['a', 'c']);
  });
});

describe('study persistence', () => {
  it('saves the study state and reads it back unchanged through JSON', () => {
    s().rateCard('locate:masseter:masseter-1', 2, T0);
    s().rateCard('hold:masseter', 4, T0 + DAY_MS);
    s().suspendCard('hold:temporalis');
    s().setStudyRegions(['head']);
    const saved = JSON.parse(JSON.stringify(partializeStudy(s()))) as { study: unknown };
    expect(StudyStateSchema.safeParse(saved.study).success).toBe(true);
    expect(readPersistedStudy(saved.study)).toEqual({ study: s().study, dropped: 0 });
    expect(StudyPersistSchema.parse(saved.study)).toEqual({ study: s().study, dropped: 0 });
  });

  it('keeps valid entries, drops broken ones and says how many', () => {
    s().rateCard('hold:good', 3, T0);
    const good = s().study.states['hold:good']!;
    const raw = {
      states: { 'hold:good': good, 'hold:bad': { ...good, phase: 9 }, 'hold:worse': 'x', '': good },
      suspended: ['hold:a', 7, 'hold:a'],
      regions: ['neck', null],
      newPerDay: 20,
      reviewLog: [{ cardId: 'hold:good', grade: 3, at: T0 }, { cardId: 'hold:good', grade: 0, at: T0 }, { at: 'yesterday' }],
    };
    const { study, dropped } = readPersistedStudy(raw);
    expect(Object.keys(study.states)).toEqual(['hold:good']);
    expect(study.suspended).toEqual(['hold:a']);
    expect(study.regions).toEqual(['neck']);
    expect(study.newPerDay).toBe(20);
    expect(study.reviewLog).toEqual([{ cardId: 'hold:good', grade: 3, at: T0, wasNew: false }]);
    expect(dropped).toBe(3 + 1 + 1 + 2);
    expect(StudyPersistSchema.parse(raw).dropped).toBe(dropped);
    expect(StudyStateSchema.safeParse(raw).success).toBe(false);
  });

  it('drops card ids that buildCards cannot make, __proto__ included, without touching prototypes', () => {
    s().rateCard('hold:x', 3, T0);
    const state = s().study.states['hold:x']!;
    const raw = JSON.parse(`{"states": {"__proto__": ${JSON.stringify(state)}, "Hold:X": ${JSON.stringify(state)}, "locate:a:a-1": ${JSON.stringify(state)}}}`) as unknown;
    const { study, dropped } = readPersistedStudy(raw);
    expect(Object.keys(study.states)).toEqual(['locate:a:a-1']);
    expect(Object.getPrototypeOf(study.states)).toBe(Object.prototype);
    expect(dropped).toBe(2);
  });

  it('falls back to defaults for missing or unreadable data', () => {
    expect(readPersistedStudy(undefined)).toEqual({ study: initialStudyState(), dropped: 0 });
    expect(readPersistedStudy('nonsense').dropped).toBe(1);
    const r = readPersistedStudy({ states: [], suspended: 'a', newPerDay: -1 });
    expect(r.study).toEqual(initialStudyState());
    expect(r.dropped).toBe(3);
  });
});
