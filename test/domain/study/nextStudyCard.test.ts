import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, newCardState, nextStudyCard, review, type CardState } from '../../../src/domain/study';

const NOW = Date.UTC(2026, 4, 4, 12);
const dueAt = (due: number): CardState => ({ ...review(newCardState(NOW - DAY_MS), 3, NOW - DAY_MS).state, due });

describe('nextStudyCard', () => {
  it('shows a due card first, then new cards, then waits for a learning step', () => {
    const states = { a: dueAt(NOW - 1), b: dueAt(NOW + 60_000) };
    expect(nextStudyCard({ due: ['a', 'b'], new: ['n'] }, states, NOW)).toEqual({ id: 'a', waitMs: 0 });
    expect(nextStudyCard({ due: ['b'], new: ['n'] }, states, NOW)).toEqual({ id: 'n', waitMs: 0 });
    expect(nextStudyCard({ due: ['b'], new: [] }, states, NOW)).toEqual({ id: 'b', waitMs: 60_000 });
    expect(nextStudyCard({ due: [], new: [] }, states, NOW)).toBeNull();
  });

  it('always picks a queued card, and waits only when nothing is ready', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -DAY_MS, max: DAY_MS }), { maxLength: 6 }), fc.nat(3), (offsets, newCount) => {
        const sorted = [...offsets].sort((x, y) => x - y);
        const states = Object.fromEntries(sorted.map((o, i) => [`d${i}`, dueAt(NOW + o)]));
        const queue = { due: sorted.map((_, i) => `d${i}`), new: Array.from({ length: newCount }, (_, i) => `n${i}`) };
        const next = nextStudyCard(queue, states, NOW);
        if (queue.due.length + queue.new.length === 0) {
          expect(next).toBeNull();
          return;
        }
        expect([...queue.due, ...queue.new]).toContain(next!.id);
        const ready = sorted.some((o) => o <= 0) || newCount > 0;
        expect(next!.waitMs === 0).toBe(ready);
        expect(next!.waitMs).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
