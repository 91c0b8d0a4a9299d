import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions, planQuestions } from '../../../src/domain/quiz/generateQuiz';
import { formatHoldRange } from '../../../src/domain/quiz/genPractice';
import { locateLabel } from '../../../src/domain/quiz/locateLabel';
import { QUESTION_TYPES, type QuizPlan } from '../../../src/domain/quiz/types';
import { rankSourceMuscles } from '../../../src/domain/referral/rankSourceMuscles';
import { muscleBodyRegion } from '../../../src/domain/quiz/bodyRegionNeighbours';
import { checkQuestion } from './questionChecks';
import { loadRealBody, type RealBody } from './realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
});

describe('generateQuestions on the core pack and the real body', () => {
  it('same seed → the same quiz; another seed → another quiz', () => {
    const opts = { seed: 42, count: 20, types: [], lookup: body.model.lookup };
    const a = generateQuestions(body.pack, opts);
    expect(generateQuestions(body.pack, opts)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a); // plain data
    expect(generateQuestions(body.pack, { ...opts, seed: 43 })).not.toEqual(a);
  });

  it('50 questions of every type, spread evenly, each sound, ids unique and deterministic in form', () => {
    const qs = generateQuestions(body.pack, { seed: 7, count: 50, types: [], lookup: body.model.lookup });
    expect(qs).toHaveLength(50);
    for (const t of QUESTION_TYPES) expect(qs.filter((q) => q.type === t)).toHaveLength(10);
    expect(new Set(qs.map((q) => q.id)).size).toBe(50);
    qs.forEach((q, i) => expect(q.id.startsWith(`g${i}-${q.type}-`)).toBe(true));
    for (const q of qs) checkQuestion(q, body.pack, body.model.lookup);
  });

  it('uneven counts differ by at most one per type; only the asked types', () => {
    const qs = generateQuestions(body.pack, { seed: 3, count: 7, types: ['locate-trp', 'practice', 'draw-pattern'], lookup: body.model.lookup });
    const counts = ['locate-trp', 'practice', 'draw-pattern'].map((t) => qs.filter((q) => q.type === t).length);
    expect(counts.reduce((a, b) => a + b)).toBe(7);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('keeps to the chosen body regions and muscles', () => {
    const qs = generateQuestions(body.pack, { seed: 1, count: 25, types: [], regions: ['neck'], lookup: body.model.lookup });
    expect(qs.length).toBe(25);
    const byId = new Map(body.pack.muscles.map((m) => [m.id, m]));
    for (const q of qs) {
      if (q.type === 'which-refers') expect(q.answers.some((a) => muscleBodyRegion(byId.get(a)!) === 'neck')).toBe(true);
      else if (q.muscleId) expect(muscleBodyRegion(byId.get(q.muscleId)!)).toBe('neck');
      checkQuestion(q, body.pack, body.model.lookup);
    }
    const one = generateQuestions(body.pack, { seed: 2, count: 6, types: ['name-from-pattern', 'locate-trp', 'draw-pattern'], muscles: ['upper-trapezius'], lookup: body.model.lookup });
    expect(one.every((q) => q.muscleId === 'upper-trapezius')).toBe(true);
  });

  it('which-refers answers are essential matches of the pain finder, capped at 3', () => {
    const qs = generateQuestions(body.pack, { seed: 11, count: 15, types: ['which-refers'], lookup: body.model.lookup });
    expect(qs).toHaveLength(15);
    for (const q of qs) {
      if (q.type !== 'which-refers') throw new Error('wrong type');
      const ranked = rankSourceMuscles(body.pack, { regions: [{ region: q.region, side: q.side }] }, body.model.lookup);
      const essential = [...new Set(ranked.filter((r) => r.zone === 'essential').map((r) => r.muscle))];
      expect(q.answers).toEqual(essential.slice(0, 3));
      const referring = new Set(ranked.map((r) => r.muscle));
      for (const o of q.options) if (!q.answers.includes(o)) expect(referring.has(o)).toBe(false);
    }
  });

  it('works without a body: no point anchors needed, listed regions answer which-refers', () => {
    const qs = generateQuestions(body.pack, { seed: 5, count: 20, types: [] });
    expect(qs).toHaveLength(20);
    for (const q of qs) checkQuestion(q, body.pack);
    for (const q of qs) if (q.type === 'which-refers') for (const a of q.answers) expect(body.pack.muscles.find((m) => m.id === a)!.triggerPoints.some((t) => t.regions.includes(q.region))).toBe(true);
  });

  it('returns nothing for a count of 0 or an empty selection', () => {
    expect(generateQuestions(body.pack, { seed: 1, count: 0, types: [] })).toEqual([]);
    expect(generateQuestions(body.pack, { seed: 1, count: 5, types: [], muscles: ['no-such-muscle'] })).toEqual([]);
  });

  it('planQuestions: authored first then generated, or shuffled by the seed', () => {
    const authored = generateQuestions(body.pack, { seed: 99, count: 2, types: ['practice'] }).map((q, i) => ({ ...q, id: `authored-${i}` }));
    const plan: QuizPlan = { id: 'p', title: 'P', feedback: 'end', passMark: 70, timeLimitSeconds: null, order: 'fixed', questions: authored, generate: { regions: ['shoulder'], muscles: [], types: ['locate-trp'], count: 3 } };
    const fixed = planQuestions(plan, body.pack, 8, body.model.lookup);
    expect(fixed.map((q) => q.id).slice(0, 2)).toEqual(['authored-0', 'authored-1']);
    expect(fixed.slice(2).every((q) => q.type === 'locate-trp')).toBe(true);
    expect(fixed).toHaveLength(5);
    const shuffled = planQuestions({ ...plan, order: 'shuffled' }, body.pack, 8, body.model.lookup);
    expect(shuffled).toEqual(planQuestions({ ...plan, order: 'shuffled' }, body.pack, 8, body.model.lookup));
    expect([...shuffled].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...fixed].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => planQuestions({ ...plan, order: 'shuffled', generate: undefined }, body.pack, s).map((q) => q.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('labels and ranges', () => {
  it('locate labels in plain words, largest offset first', () => {
    expect(locateLabel('acromion', [0, -0.02, 0], 'r')).toBe('Near the acromion (2 cm below)');
    expect(locateLabel('acromion', [0.001, 0.002, 0], 'r')).toBe('At the acromion');
    expect(locateLabel('c7-spinous', [0.03, -0.01, 0], 'r')).toBe('Near the C7 spinous process (3 cm to the right, 1 cm below)');
    expect(locateLabel('c7-spinous', [-0.03, 0, 0.01], 'r')).toBe('Near the C7 spinous process (3 cm to the left, 1 cm in front)');
    expect(locateLabel('superior-angle', [-0.02, 0, -0.04], 'l')).toBe('Near the superior angle of the scapula (4 cm behind, 2 cm toward the midline)');
  });

  it('hold ranges', () => {
    expect(formatHoldRange(30, 90)).toBe('30–90 s');
    expect(formatHoldRange(120, 300)).toBe('2–5 min');
    expect(formatHoldRange(60, 60)).toBe('60 s');
  });
});

describe('trigger points anchored at a surface point', () => {
  it('locate: the right choice is the nearest landmark plus an offset that lands on the point; skipped without a body', async () => {
    const { resolveAnchor } = await import('../../../src/domain/referral/resolveAnchor');
    const m = body.pack.muscles.find((x) => x.id === 'infraspinatus')!;
    const at = resolveAnchor(m.triggerPoints[0]!.anchor, 'l', body.model.lookup)!;
    // The same spot written as a surface point (lateral = +x on the left).
    const moved = { ...m, triggerPoints: m.triggerPoints.map((t, i) => (i === 0 ? { ...t, anchor: { point: [at[0], at[1], at[2]] as [number, number, number], offset: [0, 0, 0] as [number, number, number] } } : t)) };
    const pack = { ...body.pack, muscles: body.pack.muscles.map((x) => (x.id === m.id ? moved : x)) };
    const qs = generateQuestions(pack, { seed: 3, count: 8, types: ['locate-trp'], muscles: [m.id], lookup: body.model.lookup });
    const onPoint = qs.filter((q) => q.type === 'locate-trp' && q.triggerPointId === m.triggerPoints[0]!.id);
    expect(onPoint.length).toBeGreaterThan(0);
    for (const q of onPoint) {
      if (q.type !== 'locate-trp') continue;
      const want = resolveAnchor(moved.triggerPoints[0]!.anchor, q.side, body.model.lookup)!;
      const hits = q.choices.filter((c) => Math.hypot(...resolveAnchor(c, q.side, body.model.lookup)!.map((v, k) => v - want[k]!) as [number, number, number]) < 1e-9);
      expect(hits).toHaveLength(1);
      checkQuestion(q, pack, body.model.lookup);
    }
    const blind = generateQuestions(pack, { seed: 3, count: 8, types: ['locate-trp'], muscles: [m.id] });
    expect(blind.every((q) => q.type === 'locate-trp' && q.triggerPointId !== m.triggerPoints[0]!.id)).toBe(true);
  });
});
