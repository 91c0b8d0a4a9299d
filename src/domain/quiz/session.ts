/**
 * A quiz in progress, as plain JSON-serialisable data (no classes, Maps or Dates), so the store can
 * persist it and a reload mid-quiz resumes exactly. Every function returns a new session; times are
 * epoch milliseconds passed in by the caller (the domain never reads the clock).
 *
 * Rules: answers are locked once given when feedback is immediate (the student has seen the
 * result), and may be changed until the end otherwise; nothing changes after the end. With a time
 * limit, an action at or after the deadline ends the session instead (`expireIfDue` does it alone).
 */
import type { Answer, FeedbackMode, Marking, Question, QuestionType, QuizPlan } from './types';

export const SESSION_VERSION = 1;

export interface SessionAnswer {
  answer: Answer;
  marking: Marking;
  /** When it was given (ms). */
  at: number;
}

export interface Session {
  version: typeof SESSION_VERSION;
  planId: string;
  title: string;
  seed: number;
  feedback: FeedbackMode;
  passMark: number;
  timeLimitSeconds: number | null;
  questions: Question[];
  /** One per question, null while unanswered. */
  answers: (SessionAnswer | null)[];
  /** Index of the question on screen. */
  current: number;
  startedAt: number;
  finishedAt: number | null;
  /** Why it ended: the student finished, or time ran out. */
  endedBy: 'finish' | 'time' | null;
  /** For a retry: the session it repeats. */
  retryOf?: { planId: string; startedAt: number } | undefined;
}

export interface QuestionSummary {
  id: string;
  type: QuestionType;
  muscleId?: string | undefined;
  answered: boolean;
  score: number;
  correct: boolean;
  given: string;
  expected: string;
}

export interface SessionSummary {
  /** 0–100: the mean question score as a percentage, one decimal. */
  score: number;
  passed: boolean;
  correct: number;
  total: number;
  durationSeconds: number;
  perQuestion: QuestionSummary[];
}

export function startSession(plan: Pick<QuizPlan, 'id' | 'title' | 'feedback' | 'passMark' | 'timeLimitSeconds'>, questions: readonly Question[], seed: number, now: number): Session {
  return {
    version: SESSION_VERSION,
    planId: plan.id,
    title: plan.title,
    seed,
    feedback: plan.feedback,
    passMark: plan.passMark,
    timeLimitSeconds: plan.timeLimitSeconds !== null && plan.timeLimitSeconds > 0 ? plan.timeLimitSeconds : null,
    questions: [...questions],
    answers: questions.map(() => null),
    current: 0,
    startedAt: now,
    finishedAt: null,
    endedBy: null,
  };
}

/** Seconds left (never negative), or null without a limit. A finished session has none left. */
export function timeLeft(session: Session, now: number): number | null {
  if (session.timeLimitSeconds === null) return null;
  if (session.finishedAt !== null) return 0;
  return Math.max(0, session.timeLimitSeconds - (now - session.startedAt) / 1000);
}

function deadline(session: Session): number | null {
  return session.timeLimitSeconds === null ? null : session.startedAt + session.timeLimitSeconds * 1000;
}

/** Ends the session when its time is up (at the deadline, not at `now`); otherwise unchanged. */
export function expireIfDue(session: Session, now: number): Session {
  const end = deadline(session);
  if (session.finishedAt !== null || end === null || now < end) return session;
  return { ...session, finishedAt: end, endedBy: 'time' };
}

export function isFinished(session: Session): boolean {
  return session.finishedAt !== null;
}

export function answerQuestion(session: Session, index: number, answer: Answer, marking: Marking, now: number): Session {
  const s = expireIfDue(session, now);
  if (s.finishedAt !== null || !Number.isInteger(index) || index < 0 || index >= s.questions.length) return s;
  if (s.questions[index]!.type !== answer.type) return s;
  if (s.feedback === 'immediate' && s.answers[index] !== null) return s;
  const answers = [...s.answers];
  answers[index] = { answer, marking, at: now };
  return { ...s, answers };
}

/** Shows another question (clamped to the list). */
export function goTo(session: Session, index: number): Session {
  const last = Math.max(0, session.questions.length - 1);
  const current = Math.min(last, Math.max(0, Math.trunc(Number.isFinite(index) ? index : 0)));
  return current === session.current ? session : { ...session, current };
}

export function finishSession(session: Session, now: number): Session {
  const s = expireIfDue(session, now);
  return s.finishedAt !== null ? s : { ...s, finishedAt: now, endedBy: 'finish' };
}

export function sessionSummary(session: Session): SessionSummary {
  const perQuestion: QuestionSummary[] = session.questions.map((q, i) => {
    const a = session.answers[i] ?? null;
    return {
      id: q.id,
      type: q.type,
      muscleId: q.muscleId,
      answered: a !== null,
      score: a?.marking.score ?? 0,
      correct: a?.marking.correct ?? false,
      given: a?.marking.given ?? 'No answer',
      expected: a?.marking.expected ?? '',
    };
  });
  const total = perQuestion.length;
  const sum = perQuestion.reduce((acc, p) => acc + Math.min(1, Math.max(0, p.score)), 0);
  const score = total > 0 ? Math.round((1000 * sum) / total) / 10 : 0;
  const lastAnswer = session.answers.reduce((t, a) => (a && a.at > t ? a.at : t), session.startedAt);
  const end = session.finishedAt ?? lastAnswer;
  return {
    score,
    passed: total > 0 && score >= session.passMark,
    correct: perQuestion.filter((p) => p.correct).length,
    total,
    durationSeconds: Math.max(0, Math.round((end - session.startedAt) / 1000)),
    perQuestion,
  };
}

/**
 * A new session over the questions not answered correctly (unanswered included), in the same
 * order, with the time limit scaled to their share of the quiz. Empty when all were right.
 */
export function retryWrong(session: Session, now: number = session.finishedAt ?? session.startedAt): Session {
  const wrong = session.questions.filter((_, i) => !session.answers[i]?.marking.correct);
  const limit = session.timeLimitSeconds === null || session.questions.length === 0 ? null : Math.max(1, Math.ceil((session.timeLimitSeconds * wrong.length) / session.questions.length));
  return {
    ...startSession({ id: session.planId, title: session.title, feedback: session.feedback, passMark: session.passMark, timeLimitSeconds: limit }, wrong, session.seed, now),
    retryOf: { planId: session.planId, startedAt: session.startedAt },
  };
}
