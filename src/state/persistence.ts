/**
 * What the store saves in localStorage (zustand `persist`, version 2): the hold log, the audio cue,
 * the quiz in progress, the student's own quiz, quiz results and name, and study progress. User
 * packs live in IndexedDB (src/app/packStorage.ts).
 *
 * A save that cannot be read never breaks the app: not JSON, not a saved state or from a newer
 * version → defaults; a broken part → that part's defaults, the rest kept (readPersisted.ts). In
 * both cases the saved text is copied aside first (unreadableCopies.ts) and a notice says what
 * was lost.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { backing } from './persist/backing';
import { problemNotice, type LoadProblem } from './persist/lostNotice';
import { PERSIST_VERSION, readPersistedState, type PersistedState } from './persist/readPersisted';
import { keepUnreadableCopy } from './persist/unreadableCopies';
import type { AppState } from './store';

export { PERSIST_VERSION, type PersistedState };
export const PERSIST_KEY = 'myomap-state';

export function partializeState(s: AppState): PersistedState {
  return {
    holdLog: s.holdLog,
    audioCue: s.audioCue,
    quizSession: s.quizSession,
    customQuiz: s.customQuiz,
    quizHistory: s.quizHistory,
    studentName: s.studentName,
    study: s.study,
  };
}

type Loose = Record<string, unknown>;

/** Version 0 (never shipped, kept as the example step): `holds` with `secs`, no trigger point. */
function fromV0(old: Loose): Loose {
  const holds = Array.isArray(old['holds']) ? old['holds'] : [];
  return {
    audioCue: old['sound'] === true,
    holdLog: holds.map((h: Loose) => ({ ...h, seconds: h['secs'], triggerPointId: h['triggerPointId'] ?? 'unknown' })),
  };
}

/** Version 1 saved the hold log and the audio cue only; the parts added in 2 start at defaults. */
function fromV1(old: Loose): Loose {
  return { holdLog: old['holdLog'], audioCue: old['audioCue'] };
}

/** Step-by-step migration from any older version; the result is validated by `readPersistedState`. */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  let s = (persisted && typeof persisted === 'object' && !Array.isArray(persisted) ? persisted : {}) as Loose;
  if (version < 1) s = fromV0(s);
  if (version < 2) s = fromV1(s);
  return s as unknown as PersistedState;
}

// What the last read found, between `getItem` (raw text) and `onRehydrateStorage` (the notice).
let lastRaw: string | null = null;
let problem: { problem: LoadProblem; stored: boolean } | null = null;

function noteProblem(p: LoadProblem, raw: string | null): void {
  const copy = keepUnreadableCopy(raw ?? '');
  problem = { problem: p, stored: copy.stored };
}

/** Validates a saved state part by part: keeps what is valid, notes and copies what is not. */
export function mergePersisted(persisted: unknown, current: AppState): AppState {
  if (persisted === undefined || persisted === null) return current;
  const { state, lost } = readPersistedState(persisted);
  if (lost.length > 0) {
    noteProblem(lost[0]!.part === 'all' ? { kind: 'unreadable' } : { kind: 'partial', lost }, lastRaw ?? safeJson(persisted));
  }
  return { ...current, ...state };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

// The parts last written, by reference: the store calls setItem on every change (hover, camera…),
// and re-serialising months of study log for those would cost frames.
let lastWritten: { state: PersistedState; version: number | undefined } | null = null;

function unchanged(value: StorageValue<PersistedState>): boolean {
  if (!lastWritten || lastWritten.version !== value.version) return false;
  const a = lastWritten.state as unknown as Loose;
  const b = value.state as unknown as Loose;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/** JSON in localStorage (or memory when that is unavailable); anything unreadable reads as nothing. */
export const safeStorage: PersistStorage<PersistedState> = {
  getItem: (name) => {
    let text: string | null;
    try {
      text = backing().getItem(name);
    } catch {
      return null;
    }
    lastRaw = text;
    lastWritten = null;
    if (text === null) return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      noteProblem({ kind: 'unreadable' }, text);
      return null;
    }
    const v = value as Partial<StorageValue<unknown>> | null;
    const version = v && typeof v === 'object' ? v.version : undefined;
    if (!v || typeof v !== 'object' || Array.isArray(v) || !v.state || typeof v.state !== 'object' || Array.isArray(v.state) || typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      noteProblem({ kind: 'unreadable' }, text);
      return null;
    }
    if (version > PERSIST_VERSION) {
      noteProblem({ kind: 'newer', version }, text);
      return null;
    }
    return value as StorageValue<PersistedState>;
  },
  setItem: (name, value) => {
    if (unchanged(value)) return;
    try {
      backing().setItem(name, JSON.stringify(value));
      lastWritten = { state: value.state, version: value.version };
    } catch {
      // Quota or privacy errors: the state stays in memory.
    }
  },
  removeItem: (name) => {
    lastWritten = null;
    try {
      backing().removeItem(name);
    } catch {
      // ignore
    }
  },
};

/** Sets the notice (if the last read found a problem) and clears what the read left behind. */
function reportProblem(state: AppState | undefined, error: unknown): void {
  const found = problem ?? (error ? { problem: { kind: 'unreadable' } as LoadProblem, stored: keepUnreadableCopy(lastRaw ?? '').stored } : null);
  problem = null;
  lastRaw = null;
  if (!found || !state) return;
  state.setPersistNotice(problemNotice(found.problem, found.stored));
  // With the copy safe, write what was read, so the next visit starts clean instead of repeating
  // the notice. Without a stored copy the old text stays until the user changes something.
  if (found.stored) safeStorage.setItem(PERSIST_KEY, { state: partializeState(state), version: PERSIST_VERSION });
}

export const persistOptions: PersistOptions<AppState, PersistedState> = {
  name: PERSIST_KEY,
  version: PERSIST_VERSION,
  storage: safeStorage,
  partialize: partializeState,
  migrate: migratePersisted,
  merge: mergePersisted,
  onRehydrateStorage: () => reportProblem,
};
