/** Authored quizzes → the domain's QuizPlan (quizPlan.ts), on the core pack and the fixture. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack, parsePackText } from '../../src/content/loadPack';
import { authoredToQuestion, musclesReferringTo, quizPlanFromPack, quizToFragment } from '../../src/content/quizPlan';
import type { Pack, Quiz } from '../../src/content/schema';
import { muscleBodyRegion, neighbourRegions } from '../../src/domain/quiz/bodyRegionNeighbours';
import type { Question } from '../../src/domain/quiz/types';
import { fixturePack } from './fixtures';
import { loadBodyModel } from '../../scripts/pack/bodyModel';
import { LOCATE_CHOICE_MIN_DISTANCE } from '../../src/domain/quiz/genLocateTrp';
import { resolveAnchor } from '../../src/domain/referral/resolveAnchor';
import { GLB_PATH } from '../model/lib/body';

const core: Pack = (() => {
  const r = parsePackText(readFileSync(join(import.meta.dirname, '../../public/content/core.json'), 'utf8'));
  if (!r.ok) throw new Error('core pack invalid');
  return r.pack;
})();
const coreQuiz = (id: string): Quiz => core.quizzes.find((q) => q.id === id)!;
const muscle = (id: string) => core.muscles.find((m) => m.id === id)!;

function checkQuestion(q: Question): void {
  switch (q.type) {
    case 'name-from-pattern': {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(q.options.length).toBeLessThanOrEqual(6);
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.options.filter((o) => o === q.muscleId)).toHaveLength(1);
      // Distractors are never trivially far away: same body region or a neighbouring one.
      const home = muscleBodyRegion(muscle(q.muscleId))!;
      for (const o of q.options) expect([home, ...neighbourRegions(home)]).toContain(muscleBodyRegion(muscle(o)));
      expect(muscle(q.muscleId).triggerPoints.map((t) => t.id)).toContain(q.triggerPointId);
      break;
    }
    case 'locate-trp': {
      const trp = muscle(q.muscleId).triggerPoints.find((t) => t.id === q.triggerPointId)!;
      expect(q.choices.length).toBeGreaterThanOrEqual(4);
      const isOwn = (c: { landmark: string; offset: number[] }, t: { anchor: { landmark?: string | undefined; offset: number[] } }) => c.landmark === t.anchor.landmark && c.offset.every((v, i) => v === t.anchor.offset[i]);
      expect(q.choices.filter((c) => isOwn(c, trp))).toHaveLength(1);
      // The scorer accepts any trigger point of the muscle: no other choice may be one of them.
      expect(q.choices.filter((c) => muscle(q.muscleId).triggerPoints.some((t) => isOwn(c, t)))).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.label)).size).toBe(q.choices.length);
      break;
    }
    case 'which-refers': {
      const referring = new Set(musclesReferringTo(core, q.region).map((m) => m.id));
      for (const a of q.answers) expect(q.options).toContain(a);
      for (const o of q.options.filter((o) => !q.answers.includes(o))) expect(referring.has(o)).toBe(false);
      expect(new Set(q.options).size).toBe(q.options.length);
      break;
    }
    case 'practice':
      expect(q.correct.length).toBeGreaterThan(0);
      for (const i of q.correct) expect(q.choices[i]).toBeDefined();
      break;
    case 'draw-pattern':
      break;
  }
  expect(q.prompt.length).toBeGreaterThan(0);
  expect(q.explanation.length).toBeGreaterThan(0);
  for (const s of q.sources) expect(core.sources.map((x) => x.id)).toContain(s);
}

describe('quizPlanFromPack', () => {
  it('turns the head-and-neck quiz into complete questions for any seed, the same for the same seed', () => {
    const quiz = coreQuiz('head-and-neck-headaches');
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), (seed) => {
        const plan = quizPlanFromPack(quiz, core, { seed });
        expect(plan.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
        plan.questions.forEach(checkQuestion);
        expect(quizPlanFromPack(quiz, core, { seed })).toEqual(plan);
      }),
      { numRuns: 40, seed: 801 },
    );
  });

  it('carries the quiz settings and the generate block; multiple choice becomes a custom practice question', () => {
    const gen = quizPlanFromPack(coreQuiz('shoulder-and-upper-back'), core);
    expect(gen).toMatchObject({ feedback: 'end', passMark: 70, timeLimitSeconds: null, order: 'shuffled', questions: [], generate: { regions: ['shoulder', 'upper-back'], count: 10 } });
    const safe = quizPlanFromPack(coreQuiz('safe-practice'), core);
    expect(safe.passMark).toBe(80);
    const sites = safe.questions.find((q) => q.id === 'endangerment-sites')!;
    expect(sites).toMatchObject({ type: 'practice', topic: 'custom', correct: [0, 1, 2, 3] });
    expect(safe.questions.find((q) => q.id === 'scm-grip')).toMatchObject({ muscleId: 'sternocleidomastoid', body: { muscleId: 'sternocleidomastoid', side: 'r', triggerPointId: 'sternocleidomastoid-2' } });
    safe.questions.forEach(checkQuestion);
  });

  it('fills prompts, explanations and sources from the pack when the author leaves them out', () => {
    const q = authoredToQuestion({ id: 'x', type: 'locate-trp', muscle: 'temporalis', triggerPoint: 'temporalis-2', side: 'l' }, core)!;
    expect(q.prompt).toBe('Where is the trigger point of the left temporalis (Middle fibres, about a finger-width above the zygomatic arch, level with the front of the ear)? Mark it on the body.');
    expect(q.explanation).toContain(muscle('temporalis').triggerPoints[1]!.symptoms);
    expect(q.sources).toEqual(['simons-1999']);
    const w = authoredToQuestion({ id: 'w', type: 'which-refers', region: 'top-of-head', side: 'r' }, core)!;
    expect(w).toMatchObject({ type: 'which-refers', answers: musclesReferringTo(core, 'top-of-head').map((m) => m.id) });
    expect(w.prompt).toBe('Which muscles commonly refer pain to the top of the head (right side)? Choose all that apply.');
    // The first trigger point when none is named; nothing when the pack lacks the muscle.
    expect(authoredToQuestion({ id: 'd', type: 'draw-pattern', muscle: 'masseter', side: 'r' }, core)).toMatchObject({ triggerPointId: 'masseter-1' });
    expect(authoredToQuestion({ id: 'd', type: 'draw-pattern', muscle: 'not-there', side: 'r' }, core)).toBeNull();
  });

  it('with the body at hand, wrong locate spots lie far from every trigger point of the asked muscle', async () => {
    const model = await loadBodyModel(GLB_PATH);
    const quiz = coreQuiz('head-and-neck-headaches');
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const q of quizPlanFromPack(quiz, core, { seed, lookup: model.lookup }).questions) {
        if (q.type !== 'locate-trp') continue;
        const own = muscle(q.muscleId).triggerPoints.map((t) => resolveAnchor(t.anchor, q.side, model.lookup)!);
        const near = q.choices.map((c) => Math.min(...own.map((p) => Math.hypot(...(resolveAnchor(c, q.side, model.lookup)!.map((v, i) => v - p[i]!) as [number, number, number])))));
        expect(near.filter((d) => d < 1e-9)).toHaveLength(1);
        expect(near.filter((d) => d >= 1e-9).every((d) => d >= LOCATE_CHOICE_MIN_DISTANCE)).toBe(true);
        expect(q.choices.length).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('takes a completer for the parts generation fills', () => {
    const plan = quizPlanFromPack(coreQuiz('head-and-neck-headaches'), core, { complete: (q) => ({ ...q, id: `${q.id}!` }) });
    expect(plan.questions[0]).toMatchObject({ id: 'name-upper-trapezius!', options: [] });
  });
});

describe('quizToFragment', () => {
  it('is an extension pack that validates against its base only', () => {
    const quiz = coreQuiz('head-and-neck-headaches');
    const fragment = quizToFragment(quiz, { authors: ['A. Teacher'] });
    expect(fragment).toMatchObject({ format: 'myomap-pack', version: 1, id: 'quiz-head-and-neck-headaches', authors: ['A. Teacher'], muscles: [], quizzes: [quiz] });
    const r = parsePack(JSON.parse(JSON.stringify(fragment)), { base: core });
    expect(r.ok ? [] : r.issues).toEqual([]);
    if (r.ok) expect(r.pack.quizzes[0]).toEqual(quiz);
    expect(parsePack(fragment).ok).toBe(false);
    expect(parsePack(quizToFragment(fixturePack().quizzes[0]!), { base: fixturePack() }).ok).toBe(true);
  });
});
