/**
 * The core pack's quizzes (content/core/quizzes.json): what each covers, and that the answers agree
 * with the pack's own content, so a later content change that contradicts a quiz fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPack } from '../../src/content/lintPack';
import { parsePackText } from '../../src/content/loadPack';
import type { Pack } from '../../src/content/schema';

const core: Pack = (() => {
  const r = parsePackText(readFileSync(join(import.meta.dirname, '../../public/content/core.json'), 'utf8'));
  if (!r.ok) throw new Error('core pack invalid');
  return r.pack;
})();
const quiz = (id: string) => core.quizzes.find((q) => q.id === id)!;
const correctTexts = (quizId: string, questionId: string) => {
  const q = quiz(quizId).questions.find((x) => x.id === questionId);
  if (q?.type !== 'multiple-choice') throw new Error(`${questionId} is not multiple choice`);
  return q.choices.filter((c) => c.correct).map((c) => c.text);
};

describe('core quizzes', () => {
  it('are the three instructor quizzes, without lint warnings', () => {
    expect(core.quizzes.map((q) => q.id)).toEqual(['head-and-neck-headaches', 'shoulder-and-upper-back', 'safe-practice']);
    expect(lintPack(core).filter((w) => w.path.startsWith('quizzes'))).toEqual([]);
  });

  it('head and neck: every trigger-point question type over the five headache muscles, immediate feedback', () => {
    const q = quiz('head-and-neck-headaches');
    expect(q.feedback).toBe('immediate');
    expect(new Set(q.questions.map((x) => x.type))).toEqual(new Set(['name-from-pattern', 'locate-trp', 'draw-pattern', 'which-refers']));
    const muscles = new Set(q.questions.flatMap((x) => ('muscle' in x ? [x.muscle] : 'answers' in x ? (x.answers ?? []) : [])));
    for (const m of ['upper-trapezius', 'sternocleidomastoid', 'suboccipitals', 'temporalis', 'splenius-capitis']) expect(muscles).toContain(m);
  });

  it('shoulder and upper back: 10 generated questions, end feedback, pass mark 70', () => {
    expect(quiz('shoulder-and-upper-back')).toMatchObject({ feedback: 'end', passMark: 70, generate: { regions: ['shoulder', 'upper-back'], count: 10 } });
  });

  it('safe practice: 6+ multiple-choice questions, each explained and cited', () => {
    const qs = quiz('safe-practice').questions;
    expect(qs.length).toBeGreaterThanOrEqual(6);
    for (const q of qs) {
      expect(q.type).toBe('multiple-choice');
      if (q.type !== 'multiple-choice') continue;
      expect(q.explanation.length).toBeGreaterThan(40);
      expect(q.sources.length).toBeGreaterThan(0);
    }
  });

  it('answers agree with the pack: hold times, pressure, endangerment sites, precautions, homework', () => {
    // Hold time: every trigger point's hold lies in the 30–120 s the answer gives.
    expect(correctTexts('safe-practice', 'hold-time')[0]).toMatch(/30–90 seconds \(up to about 2 minutes\)/);
    for (const m of core.muscles) for (const t of m.triggerPoints) expect([t.hold.minSeconds >= 30, t.hold.maxSeconds <= 120]).toEqual([true, true]);
    const ic = core.techniques.find((t) => t.id === 'ischemic-compression')!;
    expect(ic.steps.join(' ')).toMatch(/Hold 30–90 s \(up to about 2 min\)/);
    expect(ic.steps.join(' ')).toMatch(/5–7 out of 10/);
    expect(ic.cautions.join(' ')).toMatch(/Stop at once for sharp, burning or electric pain, numbness or tingling/);
    // Endangerment sites: the four correct choices are precautions of the pack.
    expect(correctTexts('safe-practice', 'endangerment-sites')).toHaveLength(4);
    for (const id of ['anterior-neck', 'femoral-triangle', 'axilla', 'popliteal-fossa']) expect(core.precautions.map((p) => p.id)).toContain(id);
    const p = (id: string) => core.precautions.find((x) => x.id === id)!;
    expect(p('anterior-neck').description).toMatch(/pincer grip that lifts it away from the neck/);
    expect(p('anticoagulants')).toMatchObject({ action: 'modify', description: expect.stringMatching(/moderate, broad pressure; avoid deep sustained ischemic compression, stripping, friction and tools/) });
    expect(p('dvt-risk')).toMatchObject({ action: 'refer', description: expect.stringMatching(/must not be massaged; send the client for medical assessment the same day/) });
    expect(p('pregnancy').description).toMatch(/side-lying or semi-reclined[\s\S]*inner thighs and calves[\s\S]*never to end range/);
    expect(core.exercises.find((e) => e.id === 'neck-side-bend-stretch')!.dosage).toMatch(/^Hold 30 s, 3 times, 1–2 times a day/);
    expect(core.techniques.find((t) => t.id === 'heat')!.summary).toMatch(/recommend moist heat right after trigger-point treatment/);
    // Which-refers with explicit answers: each answer's trigger points reach the region.
    const top = quiz('head-and-neck-headaches').questions.find((x) => x.id === 'top-of-head-sources');
    if (top?.type !== 'which-refers') throw new Error('missing');
    for (const id of top.answers ?? []) expect(core.muscles.find((m) => m.id === id)!.triggerPoints.some((t) => t.regions.includes('top-of-head'))).toBe(true);
  });
});
