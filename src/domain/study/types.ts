/**
 * Study-mode shapes. Structural, so a parsed content pack (src/content/schema.ts) fits `StudyPack`
 * without this pure module depending on zod; card states are plain JSON (epoch ms, no Date objects)
 * so the store can save them as they are.
 */
import type { AnchorLike } from '../referral/types';

/** What a card asks. One per trigger point for the first three, one per muscle for the rest. */
export type CardKind = 'pattern-to-muscle' | 'muscle-to-pattern' | 'locate' | 'hold' | 'techniques' | 'precautions';

export const CARD_KINDS: readonly CardKind[] = ['pattern-to-muscle', 'muscle-to-pattern', 'locate', 'hold', 'techniques', 'precautions'];

/** A side-less flashcard generated from the pack; the id stays the same for the same pack content. */
export interface StudyCard {
  /** `<kind>:<muscle>:<trp>` or `<kind>:<muscle>`. */
  id: string;
  kind: CardKind;
  muscleId: string;
  triggerPointId?: string | undefined;
  /** The muscle's body region id (`head`, `neck`, … or a pack region). */
  region: string;
  /** Plain-text summaries, for lists and a text-only fallback; the quiz components show the question. */
  front: string;
  back: string;
}

export interface StudyHold {
  minSeconds: number;
  maxSeconds: number;
  repetitions: number;
}

export interface StudyTriggerPoint {
  id: string;
  location: string;
  anchor: AnchorLike;
  /** Region ids (the pack's `regions`) the referral reaches. */
  regions: readonly string[];
  symptoms: string;
  hold: StudyHold;
  sources: readonly string[];
}

export interface StudyMuscle {
  id: string;
  name: string;
  /** Other names ("SCM"); used to keep option labels from naming a muscle. */
  aliases?: readonly string[] | undefined;
  region: string;
  triggerPoints: readonly StudyTriggerPoint[];
  techniques: readonly string[];
  precautions: { ids: readonly string[]; notes: readonly string[] };
  sources: readonly string[];
}

/** What study mode needs from a pack (a parsed `Pack` is one). */
export interface StudyPack {
  muscles: readonly StudyMuscle[];
  regions: readonly { id: string; name: string }[];
  techniques: readonly { id: string; name: string; summary: string; sources: readonly string[] }[];
  precautions: readonly { id: string; name: string; description: string; sources: readonly string[] }[];
}

/** Again / Hard / Good / Easy, as on the keyboard (1–4). */
export type Grade = 1 | 2 | 3 | 4;

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export const GRADE_NAMES: Readonly<Record<Grade, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The grade of a keyboard key ("1"–"4", main row or keypad both give these), else null. */
export function gradeFromKey(key: string): Grade | null {
  return key === '1' || key === '2' || key === '3' || key === '4' ? (Number(key) as Grade) : null;
}

/** FSRS learning phase: 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
export type CardPhase = 0 | 1 | 2 | 3;

/**
 * One card's schedule, JSON-serialisable (ts-fsrs `Card` with dates as epoch ms). `lastReview` is
 * null until the first review.
 */
export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: number | null;
}

/** One answer, as kept in the review log. */
export interface ReviewRecord {
  cardId: string;
  grade: Grade;
  /** Epoch ms. */
  at: number;
  /** True when this was the card's first review (counts against the new cards per day). */
  wasNew: boolean;
}
