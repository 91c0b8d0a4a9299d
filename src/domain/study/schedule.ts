/**
 * Scheduling with ts-fsrs (FSRS). Card states stay plain JSON (epoch ms) in the app; ts-fsrs `Card`
 * objects with Date fields exist only inside these functions. Fuzz is off, so the same state, grade
 * and time always give the same next review (stable tests, predictable buttons).
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardPhase, CardState, Grade } from './types';

export const DAY_MS = 86_400_000;

/** Default FSRS parameters (90 % target retention, learning steps 1 min and 10 min), no fuzz. */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

function toFsrs(s: CardState): Card {
  const card: Card = {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    // Deprecated in ts-fsrs 5 (worked out from last_review); kept for the type.
    elapsed_days: s.lastReview === null ? 0 : Math.max(0, Math.floor((s.due - s.lastReview) / DAY_MS)),
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.phase,
  };
  if (s.lastReview !== null) card.last_review = new Date(s.lastReview);
  return card;
}

function fromFsrs(c: Card): CardState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: c.state as number as CardPhase,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/** A card never reviewed, due at `now`. */
export function newCardState(now: number): CardState {
  return fromFsrs(createEmptyCard(new Date(now)));
}

export interface ReviewResult {
  state: CardState;
  log: { grade: Grade; at: number; previousPhase: CardPhase; scheduledDays: number; due: number };
}

/** The card after answering with `grade` (1 Again, 2 Hard, 3 Good, 4 Easy) at `now`. */
export function review(state: CardState, grade: Grade, now: number): ReviewResult {
  const next = scheduler.next(toFsrs(state), new Date(now), grade as number as FsrsGrade);
  const s = fromFsrs(next.card);
  return { state: s, log: { grade, at: now, previousPhase: state.phase, scheduledDays: s.scheduledDays, due: s.due } };
}

export interface IntervalPreview {
  grade: Grade;
  due: number;
  /** Milliseconds from `now` until the card is due again. */
  intervalMs: number;
  /** "1 min", "10 min", "3 d", "2 mo", "1.5 y". */
  label: string;
}

/** What each button would do, for "Good · 3 d". */
export function previewIntervals(state: CardState, now: number): Record<Grade, IntervalPreview> {
  const out = {} as Record<Grade, IntervalPreview>;
  for (const grade of [1, 2, 3, 4] as const) {
    const due = review(state, grade, now).state.due;
    out[grade] = { grade, due, intervalMs: due - now, label: formatInterval(due - now) };
  }
  return out;
}

/** A short, rounded interval: minutes, hours, days, months (30 d) or years (365 d). */
export function formatInterval(ms: number): string {
  const min = Math.max(0, ms) / 60_000;
  if (min < 60) return `${Math.max(1, Math.round(min))} min`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)} h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)} d`;
  if (d < 345) return `${Math.round(d / 30)} mo`;
  return `${Math.round((d / 365) * 10) / 10} y`;
}

/** Probability of recalling the card at `now` (0 for a card never reviewed). */
export function retrievability(state: CardState, now: number): number {
  if (state.phase === 0 || state.lastReview === null) return 0;
  return scheduler.get_retrievability(toFsrs(state), new Date(now), false);
}

/** Learning or relearning: short steps within the day. */
export function isLearning(state: CardState): boolean {
  return state.phase === 1 || state.phase === 3;
}
