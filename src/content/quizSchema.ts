/**
 * Quizzes in a content pack: what an instructor writes. Authored questions name things by id
 * (muscle, trigger point, body region, source); `quizPlanFromPack` (quizPlan.ts) turns them into the
 * quiz model of src/domain/quiz/types.ts, filling prompts and explanations from the pack's content.
 * References to the pack are checked by crossRefs.ts, weak spots by lintPack.ts.
 *
 * The basic field rules are restated here rather than imported from schema.ts: schema.ts imports this
 * file, and a cycle would leave one of the two reading the other's constants before they exist.
 */
import { QUESTION_TYPES, type QuestionType } from '../domain/quiz/types';
import { z } from './zodConfig';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)');
const Text = z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');
const ShortText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const SideSchema = z.enum(['l', 'r']);
/** Model space is metres around a 1.75 m body: a camera further than 10 m away is a typo. */
const Coord = z.number().min(-10, 'must be ≥ -10 m').max(10, 'must be ≤ 10 m');
const Vec3Schema = z.tuple([Coord, Coord, Coord]);

/** Fields shared by the questions about one trigger point of one muscle. */
const trpFields = {
  id: Id,
  muscle: Id,
  /** One of the muscle's trigger points; default: its first. */
  triggerPoint: Id.optional(),
  side: SideSchema.default('r'),
  /** Default: written from the pack's content. */
  prompt: Text.optional(),
  explanation: Text.optional(),
  /** Default: the trigger point's sources. */
  sources: z.array(Id).optional(),
};

export const NameFromPatternSchema = z.object({ ...trpFields, type: z.literal('name-from-pattern') });
export const LocateTrpSchema = z.object({ ...trpFields, type: z.literal('locate-trp') });
export const DrawPatternSchema = z.object({ ...trpFields, type: z.literal('draw-pattern') });

export const WhichRefersSchema = z.object({
  id: Id,
  type: z.literal('which-refers'),
  /** A region id of the pack (where the pain is felt, e.g. `temple`). */
  region: Id,
  side: SideSchema.default('r'),
  /** Muscle ids that count as correct; default: every muscle with a trigger point referring to the region. */
  answers: z.array(Id).min(1, 'needs at least 1 muscle (or leave it out to use every muscle that refers there)').optional(),
  prompt: Text.optional(),
  explanation: Text.optional(),
  sources: z.array(Id).optional(),
});

export const ChoiceSchema = z.object({ text: ShortText, correct: z.boolean() });

/** What the 3D body shows beside a multiple-choice question (an "image of the body"). */
export const BodyViewSchema = z.object({
  camera: z.object({ position: Vec3Schema, target: Vec3Schema }).optional(),
  muscle: Id.optional(),
  side: SideSchema.optional(),
  triggerPoint: Id.optional(),
});

export const MultipleChoiceSchema = z.object({
  id: Id,
  type: z.literal('multiple-choice'),
  prompt: Text,
  choices: z
    .array(ChoiceSchema)
    .min(2, 'needs at least 2 choices')
    .max(8, 'must have at most 8 choices')
    .refine((cs) => cs.some((c) => c.correct), 'needs at least one choice with "correct": true'),
  explanation: Text,
  /** Source ids of the pack backing the answer (lint warns when empty). */
  sources: z.array(Id),
  body: BodyViewSchema.optional(),
});

export const AuthoredQuestionSchema = z.discriminatedUnion('type', [NameFromPatternSchema, LocateTrpSchema, DrawPatternSchema, WhichRefersSchema, MultipleChoiceSchema]);

export const AUTHORED_QUESTION_TYPES = ['name-from-pattern', 'locate-trp', 'draw-pattern', 'which-refers', 'multiple-choice'] as const;

export const QuizGenerateSchema = z.object({
  /** Body regions of muscles (`head`, `neck`, `shoulder`, … or a region id of the pack); empty = all. */
  regions: z.array(Id).default([]),
  /** Muscle ids; empty = every muscle in the regions. */
  muscles: z.array(Id).default([]),
  /** Question types of src/domain/quiz (`practice` = multiple choice on practice drawn from the pack). */
  types: z.array(z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]])).min(1, 'needs at least 1 question type'),
  count: z.number().int().min(1, 'must be ≥ 1').max(100, 'must be ≤ 100'),
});

export const QuizSchema = z
  .object({
    id: Id,
    title: ShortText,
    description: Text.optional(),
    /** Feedback after each question, or all at the end. */
    feedback: z.enum(['immediate', 'end']).default('end'),
    /** Percent needed to pass. */
    passMark: z.number().int().min(0, 'must be ≥ 0').max(100, 'must be ≤ 100').default(70),
    timeLimitSeconds: z.number().int().min(30, 'must be ≥ 30 (seconds)').max(7200, 'must be ≤ 7200 (2 hours)').optional(),
    order: z.enum(['fixed', 'shuffled']).default('fixed'),
    generate: QuizGenerateSchema.optional(),
    questions: z.array(AuthoredQuestionSchema).default([]),
  })
  .superRefine((q, ctx) => {
    if (q.questions.length === 0 && q.generate === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a quiz needs questions or a "generate" block (or both)', path: ['questions'] });
    }
  });

export type Quiz = z.infer<typeof QuizSchema>;
export type QuizInput = z.input<typeof QuizSchema>;
export type AuthoredQuestion = z.infer<typeof AuthoredQuestionSchema>;
export type AuthoredQuestionType = AuthoredQuestion['type'];
export type MultipleChoiceInput = z.infer<typeof MultipleChoiceSchema>;
export type QuizGenerate = z.infer<typeof QuizGenerateSchema>;
