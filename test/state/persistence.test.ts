import { beforeEach, describe, expect, it } from 'vitest';
import { CORRUPT_NOTICE, PERSIST_KEY, PERSIST_VERSION, mergePersisted, migratePersisted, partializeState, safeStorage } from '../../src/state/persistence';
import { useAppStore } from '../../src/state/store';

const entry = { muscleId: 'upper-trapezius', side: 'r' as const, triggerPointId: 'tp1', seconds: 42, date: '2025-01-01T10:00:00.000Z' };

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('persisted state', () => {
  it('saves only the hold log and the audio preference', () => {
    useAppStore.getState().logHold(entry);
    useAppStore.getState().select('masseter', 'l');
    expect(partializeState(useAppStore.getState())).toEqual({ holdLog: [entry], audioCue: false });
  });

  it('migrates version 0 (holds with secs) step by step', () => {
    const v0 = { sound: true, holds: [{ muscleId: 'masseter', side: 'l', secs: 30, date: '2024-05-01' }] };
    expect(migratePersisted(v0, 0)).toEqual({ audioCue: true, holdLog: [{ muscleId: 'masseter', side: 'l', secs: 30, seconds: 30, date: '2024-05-01', triggerPointId: 'unknown' }] });
  });

  it('keeps valid entries, drops broken ones and leaves a notice', () => {
    const current = useAppStore.getState();
    const merged = mergePersisted({ holdLog: [entry, { muscleId: 5 }, { ...entry, seconds: -1 }], audioCue: true }, current);
    expect(merged.holdLog).toEqual([entry]);
    expect(merged.audioCue).toBe(true);
    expect(mergePersisted(undefined, current)).toBe(current);
  });

  it('reads unreadable JSON as nothing, and so does a state saved by a newer version', () => {
    localStorageShim();
    localStorage.setItem(PERSIST_KEY, '{"state": {"holdLog": [');
    expect(safeStorage.getItem(PERSIST_KEY)).toBeNull();
    localStorage.setItem(PERSIST_KEY, JSON.stringify({ state: { holdLog: [] }, version: PERSIST_VERSION + 1 }));
    expect(safeStorage.getItem(PERSIST_KEY)).toBeNull();
    localStorage.setItem(PERSIST_KEY, JSON.stringify({ state: { holdLog: [entry], audioCue: false }, version: PERSIST_VERSION }));
    expect(safeStorage.getItem(PERSIST_KEY)).toEqual({ state: { holdLog: [entry], audioCue: false }, version: PERSIST_VERSION });
  });

  it('rehydrating a corrupted save sets the notice and keeps the defaults', async () => {
    localStorageShim();
    localStorage.setItem(PERSIST_KEY, 'not json at all');
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().persistNotice).toBe(CORRUPT_NOTICE);
    expect(useAppStore.getState().holdLog).toEqual([]);
  });
});

/** Node has no localStorage: a Map-backed one for these tests. */
function localStorageShim(): void {
  if (typeof globalThis.localStorage !== 'undefined') return;
  const m = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}
