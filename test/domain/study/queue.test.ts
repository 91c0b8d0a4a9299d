import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCards,
  buildQueue,
  DAY_MS,
  localDay,
  MASTERED_STABILITY_DAYS,
  newCardState,
  newStartedSince,
  progressByRegion,
  review,
  type CardState,
  type Grade,
  type StudyCard,
} from '../../../src/domain/study';
import { corePack } from './studyPacks';

const NOW = new Date(2026, 2, 10, 14, 0, 0).getTime(); // local time: the day boundary is local
const card = (id: string, region = 'neck'): StudyCard => ({ id, kind: 'hold', muscleId: id, region, front: 'f', back: 'b' });

/** A seen card due at `due` (a review card unless `learning`). */
function seen(due: number, learning = false): CardState {
  let s = review(newCardState(due - 10 * DAY_MS), 4, due - 10 * DAY_MS).state;
  if (learning) s = review(s, 1, s.due).state;
  return { ...s, due };
}

describe('buildQueue', () => {
  const cards = [card('a'), card('b'), card('c', 'head'), card('d'), card('e'), card('f', 'head')];
  const states = { a: seen(NOW - DAY_MS), b: seen(NOW + 3_600_000, true), d: seen(NOW + 3 * DAY_MS) };

  it('puts due reviews first (soonest first), then new cards up to the daily limit', () => {
    const q = buildQueue({ cards, states, suspended: [], regions: [], now: NOW, newPerDay: 2, reviewedToday: 0 });
    expect(q.due).toEqual(['a', 'b']); // d is due in 3 days
    expect(q.new).toEqual(['c', 'e']);
    expect(q.counts).toEqual({ due: 1, new: 2, learning: 1 });
  });

  it('counts reviews due later today (local day) as due, not those due tomorrow', () => {
    const { end } = localDay(NOW);
    const q = buildQueue({ cards: [card('x'), card('y')], states: { x: seen(end - 1), y: seen(end) }, suspended: [], regions: [], now: NOW, newPerDay: 0, reviewedToday: 0 });
    expect(q.due).toEqual(['x']);
  });

  it('lowers the new-card limit by the new cards already started today', () => {
    const q = buildQueue({ cards, states, suspended: [], regions: [], now: NOW, newPerDay: 2, reviewedToday: 1 });
    expect(q.new).toEqual(['c']);
    expect(buildQueue({ cards, states, suspended: [], regions: [], now: NOW, newPerDay: 2, reviewedToday: 5 }).new).toEqual([]);
  });

  it('leaves out suspended cards and cards outside the chosen regions', () => {
    const q = buildQueue({ cards, states, suspended: ['a', 'c'], regions: ['head'], now: NOW, newPerDay: 10, reviewedToday: 0 });
    expect(q.due).toEqual([]);
    expect(q.new).toEqual(['f']);
  });

  it('counts new cards started since a time from the log', () => {
    const log = [
      { cardId: 'a', grade: 3 as Grade, at: NOW - DAY_MS, wasNew: true },
      { cardId: 'b', grade: 3 as Grade, at: NOW - 60_000, wasNew: true },
      { cardId: 'a', grade: 3 as Grade, at: NOW - 30_000, wasNew: false },
    ];
    expect(newStartedSince(log, localDay(NOW).start)).toBe(1);
  });

  it('localDay spans one local calendar day', () => {
    const { start, end } = localDay(NOW);
    expect(new Date(start).getHours()).toBe(0);
    expect(start).toBeLessThanOrEqual(NOW);
    expect(end).toBeGreaterThan(NOW);
    expect(new Date(end).getDate()).toBe(11);
  });
});

const REGIONS = ['head', 'neck', 'hip'];
const world = fc
  .array(
    fc.record({
      region: fc.constantFrom(...REGIONS),
      state: fc.option(fc.record({ dueIn: fc.integer({ min: -5 * DAY_MS, max: 5 * DAY_MS }), learning: fc.boolean() }), { nil: undefined }),
      suspended: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      regions: fc.subarray(REGIONS),
      newPerDay: fc.integer({ min: 0, max: 20 }),
      reviewedToday: fc.integer({ min: 0, max: 20 }),
    }),
  );

describe('buildQueue properties', () => {
  it('never holds suspended or out-of-region cards; counts add up; no card twice; due sorted', () => {
    fc.assert(
      fc.property(world, ({ rows, regions, newPerDay, reviewedToday }) => {
        const cards = rows.map((r, i) => card(`c${i}`, r.region));
        const states: Record<string, CardState> = {};
        rows.forEach((r, i) => {
          if (r.state) states[`c${i}`] = seen(NOW + r.state.dueIn, r.state.learning);
        });
        const suspended = rows.flatMap((r, i) => (r.suspended ? [`c${i}`] : []));
        const q = buildQueue({ cards, states, suspended, regions, now: NOW, newPerDay, reviewedToday });
        const all = [...q.due, ...q.new];
        expect(new Set(all).size).toBe(all.length);
        for (const id of all) {
          expect(suspended).not.toContain(id);
          if (regions.length > 0) expect(regions).toContain(cards.find((c) => c.id === id)!.region);
        }
        expect(q.counts.due + q.counts.learning).toBe(q.due.length);
        expect(q.counts.new).toBe(q.new.length);
        expect(q.new.length).toBeLessThanOrEqual(Math.max(0, newPerDay - reviewedToday));
        expect(q.new.every((id) => states[id] === undefined)).toBe(true);
        const dues = q.due.map((id) => states[id]!.due);
        expect(dues).toEqual([...dues].sort((a, b) => a - b));
        // Every studyable seen card due before the day ends is in the queue.
        const expected = cards.filter((c) => !suspended.includes(c.id) && (regions.length === 0 || regions.includes(c.region)) && states[c.id] && states[c.id]!.due < localDay(NOW).end);
        expect(q.due.length).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('progressByRegion', () => {
  const pack = corePack();
  const cards = buildCards(pack);

  it('with nothing studied: every card unseen, regions in pack order, no retention', () => {
    const rows = progressByRegion(cards, {}, NOW);
    expect(rows[0]!.region).toBe(pack.muscles[0]!.region);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(cards.length);
    expect(rows.every((r) => r.seen === 0 && r.retention === null && r.mastered === 0)).toBe(true);
  });

  it('counts seen, due and mastered cards and averages recall', () => {
    const head = cards.filter((c) => c.region === 'head');
    const young = review(newCardState(NOW - DAY_MS), 3, NOW - DAY_MS).state;
    const strong: CardState = { ...seen(NOW + 40 * DAY_MS), stability: MASTERED_STABILITY_DAYS + 1 };
    const overdue = seen(NOW - DAY_MS);
    const states = { [head[0]!.id]: young, [head[1]!.id]: strong, [head[2]!.id]: overdue };
    const row = progressByRegion(cards, states, NOW).find((r) => r.region === 'head')!;
    expect(row).toMatchObject({ total: head.length, seen: 3, mastered: 1 });
    expect(row.due).toBe(2); // the young learning card (due after 10 min) and the overdue one
    expect(row.retention).toBeGreaterThan(0);
    expect(row.retention).toBeLessThanOrEqual(1);
  });

  it('keeps mastered ≤ seen ≤ total and due ≤ seen for any states', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(cards.length - 1), fc.integer({ min: -30, max: 30 }), fc.double({ min: 0, max: 100, noNaN: true })), { maxLength: 60 }), (picks) => {
        const states: Record<string, CardState> = {};
        for (const [i, days, stability] of picks) states[cards[i]!.id] = { ...seen(NOW + days * DAY_MS), stability: Math.max(0.1, stability) };
        const rows = progressByRegion(cards, states, NOW);
        expect(rows.reduce((n, r) => n + r.seen, 0)).toBe(Object.keys(states).length);
        for (const r of rows) {
          expect(r.mastered).toBeLessThanOrEqual(r.seen);
          expect(r.due).toBeLessThanOrEqual(r.seen);
          expect(r.seen).toBeLessThanOrEqual(r.total);
          if (r.retention !== null) expect(r.retention).toBeGreaterThanOrEqual(0);
          if (r.retention !== null) expect(r.retention).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
