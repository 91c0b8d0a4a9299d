/**
 * Copies of saved state that could not be read (in full or in part), kept before the app writes
 * over them, so nothing the user saved is lost for good: `myomap-state-unreadable-<ISO time>` in
 * localStorage, the 3 latest only. When storage is full even after dropping older copies, the copy
 * lives in memory for this visit, so the notice can still offer it as a download.
 */
import { backing } from './backing';

export const UNREADABLE_PREFIX = 'myomap-state-unreadable-';
export const UNREADABLE_KEEP = 3;

export interface KeptCopy {
  key: string;
  text: string;
  /** False when storage refused it (full or blocked): it lasts until the page is closed. */
  stored: boolean;
}

let inMemory: KeptCopy | null = null;

/** Keys of the stored copies, oldest first (ISO times sort as text). */
export function listUnreadableCopies(): string[] {
  try {
    return backing()
      .keys()
      .filter((k) => k.startsWith(UNREADABLE_PREFIX))
      .sort();
  } catch {
    return [];
  }
}

function read(key: string): string | null {
  try {
    return backing().getItem(key);
  } catch {
    return null;
  }
}

function remove(key: string): void {
  try {
    backing().removeItem(key);
  } catch {
    // Nothing more to do: the copy stays.
  }
}

/** Keeps `text`; the same text as an existing copy is not stored twice (a reload before any change). */
export function keepUnreadableCopy(text: string, now: Date = new Date()): KeptCopy {
  const existing = listUnreadableCopies();
  const same = existing.find((k) => read(k) === text);
  if (same) return (inMemory = { key: same, text, stored: true });
  const time = Number.isNaN(now.getTime()) ? new Date(0) : now;
  let key = `${UNREADABLE_PREFIX}${time.toISOString()}`;
  for (let n = 2; existing.includes(key); n++) key = `${UNREADABLE_PREFIX}${time.toISOString()}-${n}`;
  // Older copies make room when storage is full: the newest problem is the one the user sees.
  // If it cannot be stored even then, the older ones are put back: no copy is lost for nothing.
  const older = [...existing];
  const removed: Array<[string, string]> = [];
  let stored = false;
  for (;;) {
    try {
      backing().setItem(key, text);
      stored = true;
      break;
    } catch {
      const oldest = older.shift();
      if (oldest === undefined) break;
      const oldText = read(oldest);
      remove(oldest);
      if (oldText !== null) removed.push([oldest, oldText]);
    }
  }
  if (stored) for (const k of listUnreadableCopies().slice(0, -UNREADABLE_KEEP)) remove(k);
  else {
    for (const [k, t] of removed) {
      try {
        backing().setItem(k, t);
      } catch {
        // It fitted before; if it no longer does, there is nothing more to try.
      }
    }
  }
  inMemory = { key, text, stored };
  return inMemory;
}

/** The newest copy (stored, or kept in memory this visit), for "Download the unreadable copy". */
export function latestUnreadableCopy(): KeptCopy | null {
  const keys = listUnreadableCopies();
  const key = keys[keys.length - 1];
  if (inMemory && (!inMemory.stored || key === undefined || inMemory.key >= key)) return inMemory;
  if (key === undefined) return null;
  const text = read(key);
  return text === null ? null : { key, text, stored: true };
}

/** Forgets every copy ("Reset all"). */
export function clearUnreadableCopies(): void {
  for (const k of listUnreadableCopies()) remove(k);
  inMemory = null;
}
