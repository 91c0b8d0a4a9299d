/** Saved-state fixtures: a quiz in progress, the student's own quiz, study progress, a full v2 state. */
import { answerQuestion, startSession, type Session } from '../../src/domain/quiz/session';
import type { Question, QuizPlan } from '../../src/domain/quiz/types';
import { newCardState, review } from '../../src/domain/study/schedule';
import type { PersistedState } from '../../src/state/persist/readPersisted';
import type { StudyState } from '../../src/state/studySlice';
import { sampleResult } from '../domain/quiz/resultArb';

export const holdEntry = { muscleId: 'upper-trapezius', side: 'r' as const, triggerPointId: 'tp1', seconds: 42, date: '2025-01-01T10:00:00.000Z' };

export const questions: Question[] = [
  { id: 'q1', type: 'name-from-pattern', prompt: 'Which muscle refers here?', explanation: 'Upper trapezius refers to the temple.', sources: ['ts1'], muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1', options: ['upper-trapezius', 'masseter', 'temporalis', 'splenius-capitis'] },
  { id: 'q2', type: 'locate-trp', prompt: 'Find TrP 1', explanation: '', sources: [], muscleId: 'masseter', side: 'l', triggerPointId: 'tp1', choices: [{ label: 'At the angle of the jaw', landmark: 'gonion', offset: [0, 0.01, 0] }] },
  { id: 'q3', type: 'practice', prompt: 'How long is a hold?', explanation: '', sources: ['ts1'], topic: 'hold', choices: ['5 s', '30–90 s'], correct: [1] },
];

/** Two of three questions answered, on question 2. */
export function sampleSession(): Session {
  let s = startSession({ id: 'head-and-neck', title: 'Head and neck', feedback: 'end', passMark: 70, timeLimitSeconds: 600 }, questions, 7, 1_700_000_000_000);
  s = answerQuestion(s, 0, { type: 'name-from-pattern', muscleId: 'upper-trapezius' }, { score: 1, correct: true, given: 'upper trapezius', expected: 'upper trapezius' }, 1_700_000_010_000);
  s = answerQuestion(s, 1, { type: 'locate-trp', position: [0.05, 1.55, 0.02] }, { score: 0.4, correct: false, given: '3 cm away', expected: 'within 2 cm', detail: { distanceCm: 3, triggerPointId: 'tp1' } }, 1_700_000_020_000);
  return { ...s, current: 2 };
}

export function samplePlan(): QuizPlan {
  return { id: 'custom', title: 'My quiz', feedback: 'immediate', passMark: 60, timeLimitSeconds: null, order: 'shuffled', generate: { regions: ['neck'], muscles: [], types: ['name-from-pattern', 'practice'], count: 5 }, questions: [questions[2]!] };
}

export function sampleStudy(): StudyState {
  const t = Date.UTC(2026, 3, 1, 8);
  const a = review(newCardState(t), 3, t).state;
  return {
    states: { 'upper-trapezius:tp1:pattern-to-muscle': a },
    suspended: ['masseter:tp1:hold'],
    regions: ['neck'],
    newPerDay: 15,
    reviewLog: [{ cardId: 'upper-trapezius:tp1:pattern-to-muscle', grade: 3, at: t, wasNew: true }],
  };
}

export function fullState(): PersistedState {
  return {
    holdLog: [holdEntry, { ...holdEntry, side: 'l', seconds: 60.5 }],
    audioCue: true,
    quizSession: sampleSession(),
    customQuiz: samplePlan(),
    quizHistory: [sampleResult(), sampleResult({ score: 90, passed: true })],
    studentName: 'Ana Ruiz',
    study: sampleStudy(),
  };
}
