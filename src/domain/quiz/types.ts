/**
 * The quiz model shared by generation, scoring, the session, result files and the UI. Questions are
 * plain, serialisable data that name things by id (muscle, side, trigger point, region, landmark):
 * where something lies on the body is worked out when it is drawn or scored, from a LandmarkLookup
 * and the skin's vertex positions, so a question saved mid-quiz reloads exactly.
 */
import type { Side, Vec3 } from '../referral/types';

export type QuestionType = 'name-from-pattern' | 'locate-trp' | 'draw-pattern' | 'which-refers' | 'practice';

export const QUESTION_TYPES: readonly QuestionType[] = ['name-from-pattern', 'locate-trp', 'draw-pattern', 'which-refers', 'practice'];

/** What every question carries. */
export interface QuestionBase {
  /** Unique within the quiz (generated: `g<index>-<type>-…`; authored: the pack's id). */
  id: string;
  type: QuestionType;
  /** The question as shown, in plain words. */
  prompt: string;
  /** Shown with the feedback; generated questions explain from the pack's content. */
  explanation: string;
  /** Source ids of the pack backing the answer. */
  sources: string[];
  /** The muscle the question is about (for the "hardest muscles" table), if any. */
  muscleId?: string | undefined;
}

/** The body shows a trigger point's pattern and its X; the student names the muscle. */
export interface NameFromPatternQuestion extends QuestionBase {
  type: 'name-from-pattern';
  muscleId: string;
  side: Side;
  triggerPointId: string;
  /** 4–6 distinct muscle ids, the answer among them, in display order. */
  options: string[];
}

/** A candidate spot for the keyboard alternative of the locate question. */
export interface LocateChoice {
  /** Shown label, e.g. "Just above the spine of the scapula, mid-way". */
  label: string;
  /** Where it is, as an anchor on the question's side (resolved with the lookup). */
  landmark: string;
  offset: [number, number, number];
}

/** Given a muscle and side, the student clicks where its trigger point is. */
export interface LocateQuestion extends QuestionBase {
  type: 'locate-trp';
  muscleId: string;
  side: Side;
  triggerPointId: string;
  /** Keyboard alternative: 4–6 labelled spots, exactly one of them the trigger point itself. */
  choices: LocateChoice[];
}

/** The student paints the essential zone of a trigger point's pattern on the skin. */
export interface DrawQuestion extends QuestionBase {
  type: 'draw-pattern';
  muscleId: string;
  side: Side;
  triggerPointId: string;
}

/** A region is painted on the body; the student picks the muscles that commonly refer there. */
export interface WhichRefersQuestion extends QuestionBase {
  type: 'which-refers';
  region: string;
  side: Side;
  /** Muscle ids shown as choices (answers and distractors), display order. */
  options: string[];
  /** The muscle ids that count as correct (a subset of options, at least one). */
  answers: string[];
}

/** What the 3D body shows beside a practice question (an authored "image of the body"). */
export interface BodyView {
  /** Camera position and target in model space. */
  camera?: { position: Vec3; target: Vec3 } | undefined;
  /** A muscle (and optionally one trigger point) to show with its pattern. */
  muscleId?: string | undefined;
  side?: Side | undefined;
  triggerPointId?: string | undefined;
}

/** Multiple choice (one or several correct) about practice: hold times, techniques, precautions, self-care. */
export interface PracticeQuestion extends QuestionBase {
  type: 'practice';
  /** hold | technique | precaution | exercise | custom (authored) */
  topic: 'hold' | 'technique' | 'precaution' | 'exercise' | 'custom';
  choices: string[];
  /** Indexes into `choices` that are correct (at least one). */
  correct: number[];
  body?: BodyView | undefined;
}

export type Question = NameFromPatternQuestion | LocateQuestion | DrawQuestion | WhichRefersQuestion | PracticeQuestion;

/** A brush dab on the skin (model space). Strokes are lists of dabs. */
export interface Dab {
  center: Vec3;
  radius: number;
}

/** What the student gave, per question type. */
export type Answer =
  | { type: 'name-from-pattern'; muscleId: string | null; typed?: string | undefined }
  | { type: 'locate-trp'; position: Vec3 | null; choiceIndex?: number | undefined }
  | { type: 'draw-pattern'; strokes: Dab[][]; regions?: string[] | undefined }
  | { type: 'which-refers'; muscleIds: string[] }
  | { type: 'practice'; choices: number[] };

/** A scored answer. */
export interface Marking {
  /** 0–1. */
  score: number;
  /** score ≥ the question's pass threshold (1 for choices, 0.5 for locate/draw). */
  correct: boolean;
  /** Plain-language summaries for review, result files and the class table. */
  given: string;
  expected: string;
  /**
   * Extra figures: distance in cm (locate), IoU (draw); for locate, the trigger point the answer was
   * measured against (the muscle's nearest one; show its X).
   */
  detail?: { distanceCm?: number; iou?: number; triggerPointId?: string } | undefined;
}

export type FeedbackMode = 'immediate' | 'end';

/** What a quiz is: authored in a pack, or built by the student ("build one"). */
export interface QuizPlan {
  id: string;
  title: string;
  description?: string | undefined;
  feedback: FeedbackMode;
  /** Percent needed to pass, 0–100. */
  passMark: number;
  /** Whole-quiz limit, or null for none. */
  timeLimitSeconds: number | null;
  order: 'fixed' | 'shuffled';
  /** Generated questions: from these pack regions (empty = all) and muscles (empty = all in the regions). */
  generate?: { regions: string[]; muscles: string[]; types: QuestionType[]; count: number } | undefined;
  /** Authored questions, already resolved to the Question shape. */
  questions: Question[];
}
