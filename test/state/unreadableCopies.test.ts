import { beforeEach, describe, expect, it } from 'vitest';
import { UNREADABLE_KEEP, UNREADABLE_PREFIX, clearUnreadableCopies, keepUnreadableCopy, latestUnreadableCopy, listUnreadableCopies } from '../../src/state/persist/unreadableCopies';
import { installMemoryStorage, type MemoryStorage } from './memoryStorage';

let ls: MemoryStorage;
const at = (min: number) => new Date(Date.UTC(2026, 10, 23, 12, min));

beforeEach(() => {
  ls = installMemoryStorage();
  clearUnreadableCopies();
});

describe('unreadable copies', () => {
  it('are stored under myomap-state-unreadable-<ISO time>, the 3 latest only', () => {
    for (let i = 0; i < 5; i++) keepUnreadableCopy(`broken ${i}`, at(i));
    expect(UNREADABLE_KEEP).toBe(3);
    expect(listUnreadableCopies()).toEqual([2, 3, 4].map((i) => `${UNREADABLE_PREFIX}${at(i).toISOString()}`));
    expect(latestUnreadableCopy()).toEqual({ key: `${UNREADABLE_PREFIX}${at(4).toISOString()}`, text: 'broken 4', stored: true });
  });

  it('the same text is kept once (a reload before anything changed)', () => {
    keepUnreadableCopy('same', at(1));
    keepUnreadableCopy('same', at(2));
    expect(listUnreadableCopies()).toHaveLength(1);
  });

  it('two copies in the same millisecond both stay', () => {
    keepUnreadableCopy('a', at(1));
    keepUnreadableCopy('b', at(1));
    expect(listUnreadableCopies().map((k) => ls.getItem(k))).toEqual(['a', 'b']);
  });

  it('when storage is full, older copies make room; the newest problem wins', () => {
    ls.quota = 200;
    keepUnreadableCopy('x'.repeat(60), at(1));
    keepUnreadableCopy('y'.repeat(60), at(2));
    const c = keepUnreadableCopy('z'.repeat(60), at(3));
    expect(c.stored).toBe(true);
    expect(listUnreadableCopies().map((k) => ls.getItem(k)![0])).toEqual(['z']);
  });

  it('too big to store at all: kept in memory for this visit, older copies put back, never thrown', () => {
    ls.quota = 100;
    keepUnreadableCopy('small', at(1));
    const c = keepUnreadableCopy('w'.repeat(500), at(2));
    expect(c.stored).toBe(false);
    expect(latestUnreadableCopy()).toEqual(c);
    expect(listUnreadableCopies().map((k) => ls.getItem(k))).toEqual(['small']);
  });

  it('clear removes every copy', () => {
    keepUnreadableCopy('a', at(1));
    ls.setItem('myomap-state', '{}');
    clearUnreadableCopies();
    expect(listUnreadableCopies()).toEqual([]);
    expect(latestUnreadableCopy()).toBeNull();
    expect(ls.getItem('myomap-state')).toBe('{}');
  });
});
