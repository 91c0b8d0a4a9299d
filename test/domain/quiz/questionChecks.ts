/** What every generated question must satisfy, checked against the pack it came from. */
import { expect } from 'vitest';
import { isSameOrNeighbourRegion, muscleBodyRegion } from '../../../src/domain/quiz/bodyRegionNeighbours';
import { LOCATE_CHOICE_MIN_DISTANCE } from '../../../src/domain/quiz/genLocateTrp';
import { regionReferrers } from '../../../src/domain/quiz/genWhichRefers';
import type { QuizPack } from '../../../src/domain/quiz/quizPack';
import type { Question } from '../../../src/domain/quiz/types';
import { resolveAnchor } from '../../../src/domain/referral/resolveAnchor';
import type { LandmarkLookup } from '../../../src/domain/referral/types';

const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

export function checkQuestion(q: Question, pack: QuizPack, lookup?: LandmarkLookup): void {
  const muscles = new Map(pack.muscles.map((m) => [m.id, m]));
  expect(q.prompt.length).toBeGreaterThan(10);
  expect(q.explanation.length).toBeGreaterThan(10);
  expect(q.sources.length).toBeGreaterThan(0);
  switch (q.type) {
    case 'name-from-pattern': {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(q.options.length).toBeLessThanOrEqual(6);
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.options.filter((o) => o === q.muscleId)).toHaveLength(1);
      const region = muscleBodyRegion(muscles.get(q.muscleId)!)!;
      for (const o of q.options) {
        expect(muscles.has(o)).toBe(true);
        // Distractors never trivially far away.
        expect(isSameOrNeighbourRegion(region, muscleBodyRegion(muscles.get(o)!)!), `${o} for ${q.muscleId}`).toBe(true);
      }
      expect(muscles.get(q.muscleId)!.triggerPoints.some((t) => t.id === q.triggerPointId)).toBe(true);
      break;
    }
    case 'locate-trp': {
      const muscle = muscles.get(q.muscleId)!;
      const trp = muscle.triggerPoints.find((t) => t.id === q.triggerPointId)!;
      expect(trp).toBeDefined();
      expect(q.choices.length).toBeGreaterThanOrEqual(4);
      expect(q.choices.length).toBeLessThanOrEqual(6);
      expect(new Set(q.choices.map((c) => c.label)).size).toBe(q.choices.length);
      if (lookup) {
        const at = resolveAnchor(trp.anchor, q.side, lookup)!;
        const own = muscle.triggerPoints.map((t) => resolveAnchor(t.anchor, q.side, lookup)!);
        const placed = q.choices.map((c) => resolveAnchor(c, q.side, lookup)!);
        // Exactly one choice is the trigger point; every other is well away from all of the muscle's.
        expect(placed.filter((p) => dist(p, at) < 1e-9)).toHaveLength(1);
        for (const p of placed) if (dist(p, at) >= 1e-9) for (const o of own) expect(dist(p, o)).toBeGreaterThanOrEqual(LOCATE_CHOICE_MIN_DISTANCE);
      } else {
        const o = trp.anchor.offset ?? [0, 0, 0];
        expect(q.choices.filter((c) => c.landmark === trp.anchor.landmark && dist(c.offset, o) < 1e-9)).toHaveLength(1);
      }
      break;
    }
    case 'draw-pattern':
      expect(muscles.get(q.muscleId)!.triggerPoints.find((t) => t.id === q.triggerPointId)!.referral.essential.length).toBeGreaterThan(0);
      break;
    case 'which-refers': {
      expect(q.options.length).toBeGreaterThanOrEqual(5);
      expect(q.options.length).toBeLessThanOrEqual(6);
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.answers.length).toBeGreaterThanOrEqual(1);
      expect(q.answers.length).toBeLessThanOrEqual(3);
      for (const a of q.answers) expect(q.options.filter((o) => o === a)).toHaveLength(1);
      const refs = regionReferrers({ pack, lookup }, q.region, q.side);
      for (const a of q.answers) expect(refs.essential).toContain(a);
      // No distractor refers there at all.
      for (const o of q.options) if (!q.answers.includes(o)) expect(refs.any.has(o), `${o} refers to ${q.region}`).toBe(false);
      break;
    }
    case 'practice':
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(new Set(q.choices).size).toBe(q.choices.length);
      expect(q.correct.length).toBeGreaterThan(0);
      for (const i of q.correct) expect(q.choices[i]).toBeDefined();
      break;
  }
}
