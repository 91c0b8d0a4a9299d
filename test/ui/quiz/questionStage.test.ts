/** What the body shows for each question type, before and after the answer is checked (real pack and body). */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import { choicePositions, stageForQuestion } from '../../../src/ui/quiz/questionStage';
import { truthAnswer } from '../../../src/ui/quiz/truthAnswer';
import { loadRealBody, type RealBody } from '../../domain/quiz/realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
}, 60_000);

describe('stageForQuestion', () => {
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
