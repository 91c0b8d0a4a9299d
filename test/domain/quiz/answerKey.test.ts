import { beforeAll, describe, expect, it } from 'vitest';
import { answerKey } from '../../../src/domain/quiz/answerKey';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import { scoreAnswer } from '../../../src/domain/quiz/score';
import { loadRealBody, type RealBody } from './realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
});

describe('answerKey', () => {
  it('the key to every generated question scores full marks (draw: well above the pass mark) on the real body', () => {
    const ctx = { lookup: body.model.lookup, pack: body.pack, skinPositions: body.skin };
    const qs = generateQuestions(body.pack, { seed: 31, count: 60, types: [], lookup: body.model.lookup });
    for (const q of qs) {
      const key = answerKey(q, ctx);
      expect(key, q.id).toBeDefined();
      const m = scoreAnswer(q, key!, ctx);
      expect(m.correct, `${q.id}: ${m.given}`).toBe(true);
      if (q.type === 'draw-pattern') expect(m.detail!.iou!, q.id).toBeGreaterThan(0.6);
      else expect(m.score, q.id).toBe(1);
      if (q.type === 'locate-trp') {
        const k = key as { choiceIndex?: number };
        expect(k.choiceIndex).toBeGreaterThanOrEqual(0);
        expect(scoreAnswer(q, { type: 'locate-trp', position: null, choiceIndex: k.choiceIndex }, ctx).score).toBe(1);
      }
    }
  });

  it('undefined for a trigger point the pack lacks', () => {
    const [q] = generateQuestions(body.pack, { seed: 1, count: 1, types: ['draw-pattern'], lookup: body.model.lookup });
    expect(answerKey({ ...q!, triggerPointId: 'nope' } as typeof q & { triggerPointId: string }, { lookup: body.model.lookup, pack: body.pack })).toBeUndefined();
  });
});
