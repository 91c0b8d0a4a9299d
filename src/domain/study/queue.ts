/**
 * Today's study queue: reviews that fall due today first (soonest first), then new cards up to the
 * daily limit. Suspended cards and cards outside the chosen regions never enter it.
 */
import { isLearning } from './schedule';
import type { CardState, ReviewRecord, StudyCard } from './types';

export interface QueueInput {
  cards: readonly StudyCard[];
  states: Readonly<Record<string, CardState | undefined>>;
  suspended: readonly string[];
  /** Body region ids to study; empty = all. */
  regions: readonly string[];
  now: number;
  /** New cards introduced per day. */
  newPerDay: number;
  /** New cards already started today (see `newStartedSince`). */
  reviewedToday: number;
  /** End of the learner's local day (epoch ms): reviews due before it count as today's. Default: local midnight after `now`. */
  dayEnd?: number | undefined;
}

export interface StudyQueue {
  /** Seen cards due today, soonest first (learning steps and reviews). */
  due: string[];
  /** Unseen cards to introduce today, in card order. */
  new: string[];
  /** `due` = reviews, `learning` = learning/relearning steps (together `due.length`), `new` = `new.length`. */
  counts: { due: number; new: number; learning: number };
}

/** Start and end (epoch ms) of the local calendar day holding `now`. */
export function localDay(now: number): { start: number; end: number } {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  return { start, end };
}

/** How many first reviews of new cards the log holds at or after `since`. */
export function newStartedSince(log: readonly ReviewRecord[], since: number): number {
  return log.reduce((n, r) => (r.wasNew && r.at >= since ? n + 1 : n), 0);
}

/** Whether a card may be studied under the current suspensions and region choice. */
export function isStudyable(card: StudyCard, suspended: ReadonlySet<string>, regions: ReadonlySet<string>): boolean {
  return !suspended.has(card.id) && (regions.size === 0 || regions.has(card.region));
}

export function buildQueue(input: QueueInput): StudyQueue {
  const suspended = new Set(input.suspended);
  const regions = new Set(input.regions);
  const dayEnd = input.dayEnd ?? localDay(input.now).end;
  const seen: { id: string; due: number; learning: boolean }[] = [];
  const unseen: string[] = [];
  const ids = new Set<string>();
  for (const card of input.cards) {
    if (ids.has(card.id) || !isStudyable(card, suspended, regions)) continue;
    ids.add(card.id);
    const s = input.states[card.id];
    if (!s || s.phase === 0) unseen.push(card.id);
    else if (s.due < dayEnd) seen.push({ id: card.id, due: s.due, learning: isLearning(s) });
  }
  seen.sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const newLimit = Math.max(0, Math.floor(input.newPerDay) - Math.max(0, Math.floor(input.reviewedToday)));
  const fresh = unseen.slice(0, newLimit);
  const learning = seen.filter((s) => s.learning).length;
  return {
    due: seen.map((s) => s.id),
    new: fresh,
    counts: { due: seen.length - learning, new: fresh.length, learning },
  };
}
