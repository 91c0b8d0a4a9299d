import { beforeAll, describe, expect, it } from 'vitest';
import { answerKey } from '../../src/domain/quiz/answerKey';
import { generateQuestions } from '../../src/domain/quiz/generateQuiz';
import { scoreAnswer } from '../../src/domain/quiz/score';
import { answerQuestion, finishSession, goTo, retryWrong, startSession, type Session } from '../../src/domain/quiz/session';
import { QuizPlanSchema, SessionSchema } from '../../src/state/persist/quizSchemas';
import { readPersistedState } from '../../src/state/persist/readPersisted';
import { loadRealBody, type RealBody } from '../domain/quiz/realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
});

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('saved quiz sessions from the real generator', () => {
  it('every question type, answered or not, finished or retried, reloads exactly', () => {
    const ctx = { lookup: body.model.lookup, pack: body.pack, skinPositions: body.skin };
    const qs = generateQuestions(body.pack, { seed: 11, count: 25, types: [], lookup: body.model.lookup });
    let s: Session = startSession({ id: 'all', title: 'All types', feedback: 'end', passMark: 70, timeLimitSeconds: 900 }, qs, 11, 1_800_000_000_000);
    const states: Session[] = [s];
    qs.forEach((q, i) => {
      if (i % 3 === 2) return; // leave some unanswered
      const key = answerKey(q, ctx)!;
      s = answerQuestion(s, i, key, scoreAnswer(q, key, ctx), 1_800_000_000_000 + 1000 * (i + 1));
    });
    s = goTo(s, 7);
    states.push(s, finishSession(s, 1_800_000_100_000), retryWrong(finishSession(s, 1_800_000_100_000)));
    for (const st of states) {
      const r = SessionSchema.safeParse(json(st));
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues[0])).toBe(true);
      expect(readPersistedState(json({ quizSession: st }))).toEqual({ state: expect.objectContaining({ quizSession: json(st) }), lost: [] });
    }
  });

  it('fields added to questions later are kept, not stripped', () => {
    const qs = generateQuestions(body.pack, { seed: 2, count: 5, types: [], lookup: body.model.lookup });
    const s = startSession({ id: 'x', title: 'X', feedback: 'immediate', passMark: 50, timeLimitSeconds: null }, qs.map((q) => ({ ...q, hint: 'new field' })), 2, 1);
    const back = readPersistedState(json({ quizSession: s })).state.quizSession!;
    expect(back.questions.every((q) => (q as { hint?: string }).hint === 'new field')).toBe(true);
  });

  it('an own quiz plan with generated and authored questions reloads', () => {
    const qs = generateQuestions(body.pack, { seed: 5, count: 5, types: ['practice', 'which-refers'], lookup: body.model.lookup });
    const plan = { id: 'mine', title: 'Mine', feedback: 'end', passMark: 60, timeLimitSeconds: 300, order: 'fixed', generate: { regions: [], muscles: ['upper-trapezius'], types: ['locate-trp'], count: 3 }, questions: qs };
    expect(QuizPlanSchema.safeParse(json(plan)).success).toBe(true);
    expect(readPersistedState({ customQuiz: json(plan) }).lost).toEqual([]);
  });
});
