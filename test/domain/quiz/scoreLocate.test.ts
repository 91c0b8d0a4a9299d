import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import { LOCATE_FULL_MARKS_M, LOCATE_ZERO_M, locateScore } from '../../../src/domain/quiz/scoreLocate';
import { scoreAnswer } from '../../../src/domain/quiz/score';
import type { LocateQuestion } from '../../../src/domain/quiz/types';
import { resolveAnchor } from '../../../src/domain/referral/resolveAnchor';
import type { Vec3 } from '../../../src/domain/referral/types';
import { loadRealBody, type RealBody } from './realBody';

let body: RealBody;
let questions: LocateQuestion[];
beforeAll(async () => {
  body = await loadRealBody();
  questions = generateQuestions(body.pack, { seed: 4, count: 20, types: ['locate-trp'], lookup: body.model.lookup }) as LocateQuestion[];
});

const ctx = () => ({ lookup: body.model.lookup, pack: body.pack });
const trpAt = (q: LocateQuestion): Vec3 => {
  const trp = body.pack.muscles.find((m) => m.id === q.muscleId)!.triggerPoints.find((t) => t.id === q.triggerPointId)!;
  return resolveAnchor(trp.anchor, q.side, body.model.lookup)!;
};

describe('locateScore', () => {
  it('full marks within 3 cm, linear to 0 at 12 cm, 0.5 at 7.5 cm', () => {
    expect(LOCATE_FULL_MARKS_M).toBe(0.03);
    expect(LOCATE_ZERO_M).toBe(0.12);
    expect(locateScore(0)).toBe(1);
    expect(locateScore(0.03)).toBe(1);
    expect(locateScore(0.075)).toBeCloseTo(0.5, 12);
    expect(locateScore(0.12)).toBe(0);
    expect(locateScore(5)).toBe(0);
    expect(locateScore(NaN)).toBe(0);
    expect(locateScore(Infinity)).toBe(0);
  });

  it('never increases with distance and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        expect(locateScore(near)).toBeGreaterThanOrEqual(locateScore(far));
        expect(locateScore(a)).toBeGreaterThanOrEqual(0);
        expect(locateScore(a)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('scoring locate answers on the real body', () => {
  it('1 at the true point, 0 far away, with the distance reported', () => {
    for (const q of questions) {
      const at = trpAt(q);
      const hit = scoreAnswer(q, { type: 'locate-trp', position: at }, ctx());
      expect(hit.score).toBe(1);
      expect(hit.correct).toBe(true);
      expect(hit.detail?.distanceCm).toBe(0);
      const far = scoreAnswer(q, { type: 'locate-trp', position: [at[0], at[1] + 0.5, at[2]] }, ctx());
      expect(far.score).toBe(0);
      expect(far.correct).toBe(false);
    }
  });

  it('the score does not increase moving away from the trigger point along any direction (one-trigger-point muscles)', () => {
    const single = questions.filter((q) => body.pack.muscles.find((m) => m.id === q.muscleId)!.triggerPoints.length === 1);
    expect(single.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...single), fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (q, dir, t1, t2) => {
        const len = Math.hypot(...dir);
        fc.pre(len > 1e-3);
        const at = trpAt(q);
        const p = (t: number): Vec3 => [at[0] + (dir[0] / len) * t, at[1] + (dir[1] / len) * t, at[2] + (dir[2] / len) * t];
        const [near, far] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const sNear = scoreAnswer(q, { type: 'locate-trp', position: p(near) }, ctx());
        const sFar = scoreAnswer(q, { type: 'locate-trp', position: p(far) }, ctx());
        expect(sNear.score).toBeGreaterThanOrEqual(sFar.score);
        expect(sNear.detail!.distanceCm!).toBeCloseTo(near * 100, 0);
      }),
      { numRuns: 200 },
    );
  });

  it('keyboard alternative: the trigger point\'s choice is right, every other choice is wrong', () => {
    for (const q of questions) {
      const at = trpAt(q);
      q.choices.forEach((c, i) => {
        const m = scoreAnswer(q, { type: 'locate-trp', position: null, choiceIndex: i }, ctx());
        const isAnswer = Math.hypot(...(resolveAnchor(c, q.side, body.model.lookup)!.map((v, k) => v - at[k]!) as Vec3)) < 1e-9;
        expect(m.correct, `${q.id} choice ${i}`).toBe(isAnswer);
        if (isAnswer) expect(m.score).toBe(1);
        expect(m.given).toContain(c.label);
      });
    }
  });

  it('no position and no choice: no answer, score 0', () => {
    const m = scoreAnswer(questions[0]!, { type: 'locate-trp', position: null }, ctx());
    expect(m).toMatchObject({ score: 0, correct: false, given: 'No answer' });
  });

  it('a muscle with several trigger points: measured against the nearest, reported in the marking', () => {
    const q = questions.find((x) => body.pack.muscles.find((m) => m.id === x.muscleId)!.triggerPoints.length > 1);
    expect(q).toBeDefined();
    const muscle = body.pack.muscles.find((m) => m.id === q!.muscleId)!;
    const other = muscle.triggerPoints.find((t) => t.id !== q!.triggerPointId)!;
    const m = scoreAnswer(q!, { type: 'locate-trp', position: resolveAnchor(other.anchor, q!.side, body.model.lookup)! }, ctx());
    expect(m.score).toBe(1);
    expect(m.detail?.triggerPointId).toBe(other.id);
  });
});

describe('locate scoring under mirroring (symmetric synthetic body)', () => {
  it('side r with a click = side l with the mirrored click', async () => {
    const { LOOKUP, NEAR } = await import('../referral/synthetic');
    const anchor = fc.record({ landmark: fc.constantFrom(...NEAR), offset: fc.tuple(fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.03, max: 0.03, noNaN: true })) });
    const click = fc.tuple(fc.double({ min: -0.3, max: 0.3, noNaN: true }), fc.double({ min: 1.2, max: 1.55, noNaN: true }), fc.double({ min: -0.15, max: 0.05, noNaN: true }));
    fc.assert(
      fc.property(fc.array(anchor, { minLength: 1, maxLength: 3 }), click, (anchors, p) => {
        const pack = { regions: [], muscles: [{ id: 'm', name: 'm', triggerPoints: anchors.map((a, i) => ({ id: `t${i}`, anchor: a, regions: [], referral: { essential: [], spillover: [] } })) }] };
        const q = (side: 'l' | 'r'): LocateQuestion => ({ id: 'q', type: 'locate-trp', prompt: '', explanation: '', sources: [], muscleId: 'm', side, triggerPointId: 't0', choices: [] });
        const right = scoreAnswer(q('r'), { type: 'locate-trp', position: p as Vec3 }, { lookup: LOOKUP, pack });
        const left = scoreAnswer(q('l'), { type: 'locate-trp', position: [-p[0], p[1], p[2]] }, { lookup: LOOKUP, pack });
        expect(left).toEqual(right);
      }),
    );
  });
});
