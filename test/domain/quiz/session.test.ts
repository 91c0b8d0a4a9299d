import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, expireIfDue, finishSession, goTo, retryWrong, sessionSummary, startSession, timeLeft, type Session } from '../../../src/domain/quiz/session';
import type { Marking, PracticeQuestion, QuizPlan } from '../../../src/domain/quiz/types';

const q = (i: number): PracticeQuestion => ({ id: `q${i}`, type: 'practice', topic: 'custom', prompt: `Question ${i}?`, explanation: 'Because.', sources: ['s'], choices: ['a', 'b', 'c'], correct: [0], muscleId: i % 2 ? 'masseter' : undefined });
const plan: Pick<QuizPlan, 'id' | 'title' | 'feedback' | 'passMark' | 'timeLimitSeconds'> = { id: 'quiz', title: 'Quiz', feedback: 'end', passMark: 60, timeLimitSeconds: null };
const mark = (score: number): Marking => ({ score, correct: score === 1, given: String(score), expected: '1' });
const T0 = 1_700_000_000_000;

function answered(scores: (number | null)[], extra: Partial<typeof plan> = {}): Session {
  let s = startSession({ ...plan, ...extra }, scores.map((_, i) => q(i)), 7, T0);
  scores.forEach((sc, i) => {
    if (sc !== null) s = answerQuestion(s, i, { type: 'practice', choices: [0] }, mark(sc), T0 + 1000 * (i + 1));
  });
  return s;
}

describe('quiz session', () => {
  it('summary arithmetic: mean score in percent, correct count, pass mark, duration', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(0, 0.25, 0.5, 1), { nil: null }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 100 }), (scores, passMark) => {
        const s = finishSession(answered(scores, { passMark }), T0 + 60_000);
        const sum = sessionSummary(s);
        const mean = scores.reduce<number>((a, b) => a + (b ?? 0), 0) / scores.length;
        expect(sum.total).toBe(scores.length);
        expect(sum.score).toBeCloseTo(Math.round(mean * 1000) / 10, 10);
        expect(sum.correct).toBe(scores.filter((x) => x === 1).length);
        expect(sum.passed).toBe(sum.score >= passMark);
        expect(sum.durationSeconds).toBe(60);
        expect(sum.perQuestion.filter((p) => !p.answered)).toHaveLength(scores.filter((x) => x === null).length);
      }),
    );
  });

  it('is plain JSON: survives a save and reload unchanged', () => {
    const s = answered([1, 0.5, null]);
    const back = JSON.parse(JSON.stringify(s)) as Session;
    expect(back).toEqual(s);
    expect(sessionSummary(back)).toEqual(sessionSummary(s));
  });

  it('end-of-quiz feedback: answers can change until the end, never after', () => {
    let s = answered([0, null]);
    s = answerQuestion(s, 0, { type: 'practice', choices: [0] }, mark(1), T0 + 5000);
    expect(s.answers[0]!.marking.score).toBe(1);
    s = finishSession(s, T0 + 6000);
    expect(answerQuestion(s, 1, { type: 'practice', choices: [0] }, mark(1), T0 + 7000)).toBe(s);
    expect(finishSession(s, T0 + 9000).finishedAt).toBe(T0 + 6000);
  });

  it('immediate feedback: the first answer is locked', () => {
    let s = answered([0], { feedback: 'immediate' });
    s = answerQuestion(s, 0, { type: 'practice', choices: [0] }, mark(1), T0 + 5000);
    expect(s.answers[0]!.marking.score).toBe(0);
  });

  it('ignores answers of the wrong type or for a missing question', () => {
    const s = answered([null, null]);
    expect(answerQuestion(s, 0, { type: 'which-refers', muscleIds: [] }, mark(1), T0)).toBe(s);
    expect(answerQuestion(s, 5, { type: 'practice', choices: [0] }, mark(1), T0)).toBe(s);
  });

  it('goTo clamps to the questions', () => {
    const s = answered([null, null, null]);
    expect(goTo(s, 2).current).toBe(2);
    expect(goTo(s, 9).current).toBe(2);
    expect(goTo(s, -3).current).toBe(0);
    expect(goTo(s, NaN).current).toBe(0);
  });

  it('time limit: counts down, and an answer after the deadline ends the quiz at the deadline', () => {
    let s = answered([null, null], { timeLimitSeconds: 60 });
    expect(timeLeft(s, T0 + 15_000)).toBe(45);
    expect(timeLeft(s, T0 + 90_000)).toBe(0);
    expect(timeLeft(answered([null]), T0)).toBeNull();
    expect(expireIfDue(s, T0 + 59_999)).toBe(s);
    s = answerQuestion(s, 0, { type: 'practice', choices: [0] }, mark(1), T0 + 61_000);
    expect(s.answers[0]).toBeNull();
    expect(s.finishedAt).toBe(T0 + 60_000);
    expect(s.endedBy).toBe('time');
    expect(sessionSummary(s).durationSeconds).toBe(60);
  });

  it('retryWrong: a new session over the wrong and unanswered questions, time limit scaled', () => {
    const s = finishSession(answered([1, 0, 0.5, null], { timeLimitSeconds: 100 }), T0 + 10_000);
    const r = retryWrong(s, T0 + 20_000);
    expect(r.questions.map((x) => x.id)).toEqual(['q1', 'q2', 'q3']);
    expect(r.answers).toEqual([null, null, null]);
    expect(r.finishedAt).toBeNull();
    expect(r.startedAt).toBe(T0 + 20_000);
    expect(r.timeLimitSeconds).toBe(75);
    expect(r.retryOf).toEqual({ planId: 'quiz', startedAt: T0 });
    expect(retryWrong(finishSession(answered([1, 1]), T0 + 1)).questions).toEqual([]);
  });
});
