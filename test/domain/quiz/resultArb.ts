/** fast-check arbitraries for quiz results, shared by the result-file, result-code and class-table tests. */
import fc from 'fast-check';
import { QUESTION_TYPES } from '../../../src/domain/quiz/types';
import type { QuizResult, QuizResultAnswer } from '../../../src/domain/quiz/results';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
/** Text with the characters CSV must quote or spreadsheets must not run: commas, quotes, newlines, formulas. */
export const awkwardText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Ana, María', 'O"Brien', 'line one\nline two', 'crlf\r\nend', '=SUM(A1:A9)', "'=already", '+44 20', '-3 cm', '@home', '\ttab', ' spaced ', "''=two"),
  fc.array(fc.constantFrom('a', ',', '"', '\n', '\r', "'", '=', ' ', 'é', '日'), { maxLength: 12 }).map((cs) => cs.join('')),
);
const student = awkwardText.filter((s) => s.trim().length > 0 && s.length <= 200);
const iso = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((t) => new Date(t).toISOString());
const score01 = fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));

export const answerArb: fc.Arbitrary<QuizResultAnswer> = fc.record(
  {
    questionId: id,
    type: fc.constantFrom(...QUESTION_TYPES),
    muscleId: id,
    score: score01,
    correct: fc.boolean(),
    given: awkwardText,
    expected: awkwardText,
  },
  { requiredKeys: ['questionId', 'type', 'score', 'correct', 'given', 'expected'] },
);

export const resultArb: fc.Arbitrary<QuizResult> = fc.record({
  format: fc.constant('myomap-quiz-result' as const),
  version: fc.constant(1 as const),
  student,
  quizId: id,
  quizTitle: awkwardText.filter((s) => s.length <= 200),
  seed: fc.nat({ max: 2 ** 32 - 1 }),
  startedAt: iso,
  finishedAt: iso,
  durationSeconds: fc.oneof(fc.nat(7200), fc.double({ min: 0, max: 7200, noNaN: true })),
  score: fc.oneof(fc.nat(100), fc.double({ min: 0, max: 100, noNaN: true })),
  passed: fc.boolean(),
  answers: fc.array(answerArb, { maxLength: 12 }),
});

/** A small valid result to edit in tests. */
export function sampleResult(over: Partial<QuizResult> = {}): QuizResult {
  return {
    format: 'myomap-quiz-result',
    version: 1,
    student: 'Ana Ruiz',
    quizId: 'head-and-neck-headaches',
    quizTitle: 'Head and neck headaches',
    seed: 42,
    startedAt: '2026-11-23T10:00:00.000Z',
    finishedAt: '2026-11-23T10:12:30.000Z',
    durationSeconds: 750,
    score: 50,
    passed: false,
    answers: [
      { questionId: 'name-upper-trapezius', type: 'name-from-pattern', muscleId: 'upper-trapezius', score: 1, correct: true, given: 'upper trapezius', expected: 'upper trapezius' },
      { questionId: 'locate-scm', type: 'locate-trp', muscleId: 'sternocleidomastoid', score: 0, correct: false, given: '9.5 cm away', expected: 'within 2 cm' },
    ],
    ...over,
  };
}
