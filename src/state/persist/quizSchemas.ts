/**
 * Schemas for the quiz data the store saves: a quiz in progress (`Session`) and the student's own
 * quiz (`QuizPlan`). A saved session is trusted by the quiz screen as it is (it indexes answers by
 * question, reads each question's options), so it is checked structurally before it comes back:
 * the session version, every question's fields for its type, one answer slot per question, an
 * answer of the question's type, finite numbers. Anything else is dropped whole, never half-read.
 * Objects are loose: a field these schemas do not know (added to Question later) is kept as saved,
 * not stripped on the way back.
 */
import { onFirstUse, z } from '../../content/zodConfig';
import { SESSION_VERSION, type Session } from '../../domain/quiz/session';
import { QUESTION_TYPES, type QuestionType, type QuizPlan } from '../../domain/quiz/types';

const schemas = onFirstUse(() => {
  const id = z.string().min(1).max(300);
  const text = z.string().max(20_000);
  const num = z.number().finite();
  const side = z.enum(['l', 'r']);
  const vec3 = z.tuple([num, num, num]);
  const ids = z.array(id).max(1000);

  const base = {
    id,
    prompt: text,
    explanation: text,
    sources: z.array(z.string().max(300)).max(200),
    muscleId: id.optional(),
  };

  const QuestionSchema = z.discriminatedUnion('type', [
    z.looseObject({ ...base, type: z.literal('name-from-pattern'), muscleId: id, side, triggerPointId: id, options: ids }),
    z.looseObject({
      ...base,
      type: z.literal('locate-trp'),
      muscleId: id,
      side,
      triggerPointId: id,
      choices: z.array(z.looseObject({ label: text, landmark: id, offset: vec3 })).max(50),
    }),
    z.looseObject({ ...base, type: z.literal('draw-pattern'), muscleId: id, side, triggerPointId: id }),
    z.looseObject({ ...base, type: z.literal('which-refers'), region: id, side, options: ids, answers: ids }),
    z.looseObject({
      ...base,
      type: z.literal('practice'),
      topic: z.enum(['hold', 'technique', 'precaution', 'exercise', 'custom']),
      choices: z.array(text).max(100),
      correct: z.array(z.number().int().min(0)).max(100),
      body: z
        .object({
          camera: z.looseObject({ position: vec3, target: vec3 }).optional(),
          muscleId: id.optional(),
          side: side.optional(),
          triggerPointId: id.optional(),
        })
        .optional(),
    }),
  ]);

  const dab = z.looseObject({ center: vec3, radius: num.min(0) });

  const AnswerSchema = z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('name-from-pattern'), muscleId: id.nullable(), typed: z.string().max(500).optional() }),
    z.looseObject({ type: z.literal('locate-trp'), position: vec3.nullable(), choiceIndex: z.number().int().min(0).optional() }),
    z.looseObject({ type: z.literal('draw-pattern'), strokes: z.array(z.array(dab).max(100_000)).max(10_000), regions: ids.optional() }),
    z.looseObject({ type: z.literal('which-refers'), muscleIds: ids }),
    z.looseObject({ type: z.literal('practice'), choices: z.array(z.number().int().min(0)).max(100) }),
  ]);

  const MarkingSchema = z.looseObject({
    score: num.min(0).max(1),
    correct: z.boolean(),
    given: text,
    expected: text,
    detail: z.looseObject({ distanceCm: num.optional(), iou: num.optional(), triggerPointId: id.optional() }).optional(),
  });

  const SessionAnswerSchema = z.looseObject({ answer: AnswerSchema, marking: MarkingSchema, at: num });

  const feedback = z.enum(['immediate', 'end']);
  const passMark = num.min(0).max(100);

  const SessionSchema = z
    .object({
      version: z.literal(SESSION_VERSION, { error: `must be ${SESSION_VERSION} (a quiz saved by another version of Myomap)` }),
      planId: id,
      title: text,
      seed: z.number().int().min(0).max(2 ** 32 - 1),
      feedback,
      passMark,
      timeLimitSeconds: num.min(0).nullable(),
      questions: z.array(QuestionSchema).max(1000),
      answers: z.array(SessionAnswerSchema.nullable()).max(1000),
      current: z.number().int().min(0),
      startedAt: num,
      finishedAt: num.nullable(),
      endedBy: z.enum(['finish', 'time']).nullable(),
      retryOf: z.looseObject({ planId: id, startedAt: num }).optional(),
    })
    .superRefine((s, ctx) => {
      if (s.answers.length !== s.questions.length) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: `must have one slot per question (${s.questions.length}), has ${s.answers.length}` });
        return;
      }
      if (s.current > Math.max(0, s.questions.length - 1)) ctx.addIssue({ code: 'custom', path: ['current'], message: 'must point at a question' });
      s.answers.forEach((a, i) => {
        if (a && a.answer.type !== s.questions[i]!.type) ctx.addIssue({ code: 'custom', path: ['answers', i, 'answer', 'type'], message: `must be "${s.questions[i]!.type}" like its question` });
      });
    });

  const QuizPlanSchema = z.looseObject({
    id,
    title: text,
    description: text.optional(),
    feedback,
    passMark,
    timeLimitSeconds: num.min(0).nullable(),
    order: z.enum(['fixed', 'shuffled']),
    generate: z
      .object({
        regions: ids,
        muscles: ids,
        types: z.array(z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]])).max(10),
        count: z.number().int().min(0).max(1000),
      })
      .optional(),
    questions: z.array(QuestionSchema).max(1000),
  });

  return { SessionSchema, QuizPlanSchema };
});

export const SessionSchema = z.lazy(() => schemas().SessionSchema);
export const QuizPlanSchema = z.lazy(() => schemas().QuizPlanSchema);

// Compile-time checks that what the schemas accept is what the slices hold.
type Accepts<T, U extends T> = U;
type SessionCheck = Accepts<Session, z.output<typeof SessionSchema>>;
type QuizPlanCheck = Accepts<QuizPlan, z.output<typeof QuizPlanSchema>>;
export type { SessionCheck as _SessionCheck, QuizPlanCheck as _QuizPlanCheck };
