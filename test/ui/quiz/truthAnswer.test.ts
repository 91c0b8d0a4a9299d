/** The answer the review shows as correct (and the e2e harness gives) must earn full marks, on the real body and pack. */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import { scoreAnswer } from '../../../src/domain/quiz/score';
import { QUESTION_TYPES } from '../../../src/domain/quiz/types';
import { choicePositions, stageForQuestion } from '../../../src/ui/quiz/questionStage';
import { truthAnswer } from '../../../src/ui/quiz/truthAnswer';
import { loadRealBody, type RealBody } from '../../domain/quiz/realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
}, 60_000);

describe('truthAnswer', () => {
  it('scores as correct for every question type, over many generated questions', () => {
    const { pack, model, skin } = body;
    const questions = [1, 2, 3].flatMap((seed) => generateQuestions(pack, { seed, count: 30, types: [...QUESTION_TYPES], lookup: model.lookup }));
    expect(new Set(questions.map((q) => q.type)).size).toBe(5);
    let draws = 0;
    for (const q of questions) {
      const truth = truthAnswer(q, pack, model.lookup);
      expect(truth, q.id).not.toBeNull();
      const m = scoreAnswer(q, truth!, { lookup: model.lookup, pack, skinPositions: skin });
      expect(m.correct, `${q.id}: ${JSON.stringify(m)}`).toBe(true);
      if (q.type === 'draw-pattern') {
        draws++;
        expect(m.detail?.iou ?? 0, q.id).toBeGreaterThan(0.5);
      } else expect(m.score, q.id).toBe(1);
    }
    expect(draws).toBeGreaterThan(5);
  }, 60_000);

  it('the stage for a question hides what would give the answer away until it is revealed', () => {
    const { pack, model } = body;
    const qs = generateQuestions(pack, { seed: 9, count: 10, types: ['locate-trp', 'draw-pattern', 'name-from-pattern'], lookup: model.lookup });
    for (const q of qs) {
      const before = stageForQuestion(q, null, { reveal: false }, model.lookup);
      const after = stageForQuestion(q, truthAnswer(q, pack, model.lookup), { reveal: true }, model.lookup);
      expect(before.hoverNames).toBe(false);
      if (q.type === 'name-from-pattern') expect(before.pattern).toMatchObject({ muscleId: q.muscleId, markers: true });
      else {
        expect(before.pattern ?? null, `${q.type} shows no pattern before the answer`).toBeNull();
        expect(after.pattern).toMatchObject({ muscleId: q.muscleId, triggerPointId: 'triggerPointId' in q ? q.triggerPointId : null });
      }
      if (q.type === 'locate-trp') {
        expect(before.tool).toBe('locate');
        expect(after.pattern?.zones).toBe(false);
        expect(choicePositions(q, model.lookup).every((p) => p !== null)).toBe(true);
      }
      if (q.type === 'draw-pattern') expect(before.tool).toBe('paint');
    }
  }, 60_000);
});
