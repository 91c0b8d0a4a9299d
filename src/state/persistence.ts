/**
 * What the store saves in localStorage (zustand `persist`): the hold log and the audio-cue
 * preference, versioned, migrated and validated on the way in. A saved state that cannot be read
 * (not JSON, wrong shape, from a newer app) never breaks the app: it falls back to the defaults
 * and leaves a notice for the user.
 */
import { z } from '../content/zodConfig';
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { HOLD_LOG_LIMIT, type HoldLogEntry } from './holdSlice';
import type { AppState } from './store';

export const PERSIST_KEY = 'myomap-state';
export const PERSIST_VERSION = 1;

export interface PersistedState {
  holdLog: HoldLogEntry[];
  audioCue: boolean;
}

export const CORRUPT_NOTICE = 'Your saved hold log could not be read, so Myomap started fresh. Holds you log from now on are saved again.';

const EntrySchema = z.object({
  muscleId: z.string().min(1).max(100),
  side: z.enum(['l', 'r']),
  triggerPointId: z.string().min(1).max(100),
  seconds: z.number().finite().min(0).max(3600),
  date: z.string().min(1).max(40),
});

export function partializeState(s: AppState): PersistedState {
  return { holdLog: s.holdLog, audioCue: s.audioCue };
}

/** Version 0 (never shipped, kept as the example step): `holds` with `secs`, no trigger point. */
function fromV0(old: Record<string, unknown>): Record<string, unknown> {
  const holds = Array.isArray(old['holds']) ? old['holds'] : [];
  return {
    audioCue: old['sound'] === true,
    holdLog: holds.map((h: Record<string, unknown>) => ({ ...h, seconds: h['secs'], triggerPointId: h['triggerPointId'] ?? 'unknown' })),
  };
}

/** Step-by-step migration from any older version; the result is validated by `mergePersisted`. */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  let s = (persisted && typeof persisted === 'object' ? persisted : {}) as Record<string, unknown>;
  if (version < 1) s = fromV0(s);
  return s as unknown as PersistedState;
}

let problem: string | null = null;

/** Validates a saved state: keeps the valid log entries; anything unreadable leaves a notice. */
export function mergePersisted(persisted: unknown, current: AppState): AppState {
  if (persisted === undefined || persisted === null) return current;
  if (typeof persisted !== 'object') {
    problem = CORRUPT_NOTICE;
    return current;
  }
  const p = persisted as Record<string, unknown>;
  const rawLog = Array.isArray(p['holdLog']) ? p['holdLog'] : [];
  const holdLog = rawLog.flatMap((e) => {
    const r = EntrySchema.safeParse(e);
    return r.success ? [r.data] : [];
  });
  if (holdLog.length < rawLog.length || (p['holdLog'] !== undefined && !Array.isArray(p['holdLog']))) problem = CORRUPT_NOTICE;
  return { ...current, holdLog: holdLog.slice(-HOLD_LOG_LIMIT), audioCue: p['audioCue'] === true };
}

const memory = new Map<string, string>();

function backing(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    if (typeof localStorage !== 'undefined' && localStorage) return localStorage;
  } catch {
    // Access denied (privacy settings): keep the state for this visit only.
  }
  return {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
}

/** JSON in localStorage (or memory when that is unavailable); unreadable JSON reads as nothing. */
export const safeStorage: PersistStorage<PersistedState> = {
  getItem: (name) => {
    let text: string | null;
    try {
      text = backing().getItem(name);
    } catch {
      return null;
    }
    if (text === null) return null;
    try {
      const value = JSON.parse(text) as StorageValue<PersistedState>;
      if (!value || typeof value !== 'object' || !('state' in value)) throw new Error('not a saved state');
      if (typeof value.version === 'number' && value.version > PERSIST_VERSION) throw new Error('saved by a newer version');
      return value;
    } catch {
      problem = CORRUPT_NOTICE;
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      backing().setItem(name, JSON.stringify(value));
    } catch {
      // Quota or privacy errors: the state stays in memory.
    }
  },
  removeItem: (name) => {
    try {
      backing().removeItem(name);
    } catch {
      // ignore
    }
  },
};

export const persistOptions: PersistOptions<AppState, PersistedState> = {
  name: PERSIST_KEY,
  version: PERSIST_VERSION,
  storage: safeStorage,
  partialize: partializeState,
  migrate: migratePersisted,
  merge: mergePersisted,
  onRehydrateStorage: () => (state, error) => {
    const notice = error ? CORRUPT_NOTICE : problem;
    problem = null;
    if (notice) state?.setPersistNotice(notice);
  },
};
