/**
 * Which card a study session shows next: a card already due, else a new card, else the learning
 * card due soonest later today (with how long to wait), so short learning steps (1 and 10 min) are
 * not shown early while new cards are left.
 */
import type { StudyQueue } from './queue';
import type { CardState } from './types';

export interface NextStudyCard {
  id: string;
  /** 0 when it can be shown now; else milliseconds until it falls due. */
  waitMs: number;
}

export function nextStudyCard(queue: Pick<StudyQueue, 'due' | 'new'>, states: Readonly<Record<string, CardState | undefined>>, now: number): NextStudyCard | null {
  const first = queue.due[0];
  const firstDue = first === undefined ? undefined : states[first]?.due;
  if (first !== undefined && (firstDue === undefined || firstDue <= now)) return { id: first, waitMs: 0 };
  const fresh = queue.new[0];
  if (fresh !== undefined) return { id: fresh, waitMs: 0 };
  if (first !== undefined && firstDue !== undefined) return { id: first, waitMs: firstDue - now };
  return null;
}
