import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawIoU } from '../../../src/domain/quiz/drawIoU';
import { generateQuestions } from '../../../src/domain/quiz/generateQuiz';
import type { ScoringPack } from '../../../src/domain/quiz/quizPack';
import { DRAW_FULL_IOU, DRAW_PASS_IOU, scoreAnswer, scoreDraw } from '../../../src/domain/quiz/score';
import type { Dab, DrawQuestion } from '../../../src/domain/quiz/types';
import { paintWeights, PAINT_ESSENTIAL, PAINT_SPILLOVER } from '../../../src/domain/referral/paintWeights';
import { resolveReferral } from '../../../src/domain/referral/resolveZone';
import type { ResolvedZone, Vec3 } from '../../../src/domain/referral/types';
import { strokeAlong } from '../../../scripts/bench/quiz';
import { LOOKUP, packArb } from '../referral/synthetic';
import { loadRealBody, type RealBody } from './realBody';

/** A point cloud around the synthetic body's shoulder landmarks, exactly mirrored (x → −x). */
function symmetricSkin(n: number, seed = 1): Float32Array {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = new Float32Array(n * 6);
  for (let i = 0; i < n; i++) {
    const x = rnd() * 0.3;
    const y = 1.2 + rnd() * 0.35;
    const z = -0.15 + rnd() * 0.2;
    out.set([x, y, z, -x, y, z], 6 * i);
  }
  return out;
}
const SKIN = symmetricSkin(6000);

const point = fc.tuple(fc.double({ min: -0.3, max: 0.3, noNaN: true }), fc.double({ min: 1.2, max: 1.55, noNaN: true }), fc.double({ min: -0.15, max: 0.05, noNaN: true }));
const dabArb: fc.Arbitrary<Dab> = fc.record({ center: point as fc.Arbitrary<Vec3>, radius: fc.double({ min: 0.005, max: 0.06, noNaN: true }) });
const zoneArb: fc.Arbitrary<ResolvedZone> = fc.oneof(
  fc.record({ kind: fc.constant('blob' as const), center: point as fc.Arbitrary<Vec3>, radius: fc.double({ min: 0.01, max: 0.08, noNaN: true }) }),
  fc.record({ kind: fc.constant('path' as const), points: fc.array(point as fc.Arbitrary<Vec3>, { minLength: 1, maxLength: 3 }), halfWidth: fc.double({ min: 0.005, max: 0.04, noNaN: true }) }),
);

/** The referral test packs, given the anchors and names scoring reads. */
const scoringPackArb: fc.Arbitrary<ScoringPack> = packArb.map((p) => ({
  regions: p.regions,
  muscles: p.muscles.map((m) => ({ ...m, triggerPoints: m.triggerPoints.map((t) => ({ ...t, anchor: { landmark: 'c7-spinous' } })) })),
}));

const drawQ = (muscleId: string, triggerPointId: string, side: 'l' | 'r'): DrawQuestion => ({ id: 'q', type: 'draw-pattern', prompt: 'Paint', explanation: '', sources: [], muscleId, triggerPointId, side });
const mirrorDab = (d: Dab): Dab => ({ center: [-d.center[0], d.center[1], d.center[2]], radius: d.radius });

describe('drawIoU', () => {
  it('is in [0, 1]; 1 when the drawing is the essential zone; 0 when nothing is drawn', () => {
    fc.assert(
      fc.property(fc.array(zoneArb, { maxLength: 4 }), fc.array(zoneArb, { minLength: 1, maxLength: 3 }), fc.array(zoneArb, { maxLength: 3 }), (drawn, essential, spillover) => {
        const r = drawIoU(SKIN, drawn, { essential, spillover });
        expect(r.iou).toBeGreaterThanOrEqual(0);
        expect(r.iou).toBeLessThanOrEqual(1);
        expect(r.intersection).toBeLessThanOrEqual(r.union);
        const same = drawIoU(SKIN, essential, { essential, spillover });
        expect(same.iou).toBe(same.essential > 0 ? 1 : 0);
        expect(drawIoU(SKIN, [], { essential, spillover }).iou).toBe(0);
      }),
      { numRuns: 50 },
    );
  });

  it('agrees with paintWeights: essential vertices, spillover-only vertices neutral', () => {
    fc.assert(
      fc.property(fc.array(zoneArb, { minLength: 1, maxLength: 4 }), fc.array(zoneArb, { minLength: 1, maxLength: 3 }), fc.array(zoneArb, { maxLength: 3 }), (drawn, essential, spillover) => {
        const truth = paintWeights(SKIN, { essential, spillover });
        const painted = paintWeights(SKIN, { essential: drawn, spillover: [] });
        let inter = 0;
        let union = 0;
        for (let i = 0; i < truth.length; i++) {
          const e = truth[i] === PAINT_ESSENTIAL;
          const d = painted[i] === PAINT_ESSENTIAL;
          if (!e && truth[i] === PAINT_SPILLOVER) continue;
          if (e && d) inter++;
          if (e || d) union++;
        }
        const r = drawIoU(SKIN, drawn, { essential, spillover });
        // Allow a vertex or two on a zone's very edge (squared vs plain distance rounding).
        expect(Math.abs(r.intersection - inter)).toBeLessThanOrEqual(2);
        expect(Math.abs(r.union - union)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 60 },
    );
  });

  it('painting over the spillover zone changes nothing', () => {
    const essential: ResolvedZone[] = [{ kind: 'blob', center: [0.1, 1.35, -0.05], radius: 0.04 }];
    const spillover: ResolvedZone[] = [{ kind: 'blob', center: [0.1, 1.35, -0.05], radius: 0.09 }];
    const exact = drawIoU(SKIN, essential, { essential, spillover });
    const wider = drawIoU(SKIN, [{ kind: 'blob', center: [0.1, 1.35, -0.05], radius: 0.09 }], { essential, spillover });
    expect(exact.iou).toBe(1);
    expect(wider.iou).toBe(1);
    const noSpill = drawIoU(SKIN, [{ kind: 'blob', center: [0.1, 1.35, -0.05], radius: 0.09 }], { essential, spillover: [] });
    expect(noSpill.iou).toBeLessThan(0.5);
  });
});

describe('scoreDraw', () => {
  it('is symmetric under mirroring the body: side r with a drawing = side l with the mirrored drawing', () => {
    let overlapping = 0;
    fc.assert(
      fc.property(scoringPackArb, fc.array(dabArb, { minLength: 1, maxLength: 12 }), fc.subarray(['r0', 'r1', 'r2', 'r3']), (pack, dabs, regions) => {
        const m = pack.muscles[0]!;
        const t = m.triggerPoints[0]!;
        const ctx = { lookup: LOOKUP, pack, skinPositions: SKIN };
        const right = scoreAnswer(drawQ(m.id, t.id, 'r'), { type: 'draw-pattern', strokes: [dabs], regions }, ctx);
        const left = scoreAnswer(drawQ(m.id, t.id, 'l'), { type: 'draw-pattern', strokes: [dabs.map(mirrorDab)], regions }, ctx);
        expect(left).toEqual(right);
        if (right.score > 0) overlapping++;
      }),
      { numRuns: 80 },
    );
    // The property must be exercised on drawings that score, not only on misses.
    expect(overlapping).toBeGreaterThan(8);
  });

  it('score = min(1, IoU / 0.6); correct from IoU 0.3', () => {
    expect(DRAW_FULL_IOU).toBe(0.6);
    expect(DRAW_PASS_IOU).toBe(0.3);
    fc.assert(
      fc.property(scoringPackArb, fc.array(dabArb, { minLength: 1, maxLength: 8 }), (pack, dabs) => {
        const m = pack.muscles[0]!;
        const q = drawQ(m.id, m.triggerPoints[0]!.id, 'r');
        const r = scoreDraw(q, { type: 'draw-pattern', strokes: [dabs] }, { lookup: LOOKUP, pack, skinPositions: SKIN });
        const iou = r.detail!.iou!;
        expect(r.score).toBeCloseTo(Math.min(1, iou / 0.6), 12);
        expect(r.correct).toBe(iou >= 0.3);
        expect(r.given).toBe(`IoU ${iou.toFixed(2)}`);
      }),
      { numRuns: 40 },
    );
  });

  it('no strokes and no regions: no answer; no skin: not scored', () => {
    const pack: ScoringPack = { regions: [], muscles: [{ id: 'm', name: 'm', triggerPoints: [{ id: 't', anchor: { landmark: 'c7-spinous' }, regions: [], referral: { essential: [{ kind: 'blob', at: { landmark: 'c7-spinous' }, radius: 0.05 }], spillover: [] } }] }] };
    const q = drawQ('m', 't', 'r');
    expect(scoreDraw(q, { type: 'draw-pattern', strokes: [] }, { lookup: LOOKUP, pack, skinPositions: SKIN })).toMatchObject({ score: 0, given: 'No answer' });
    expect(scoreDraw(q, { type: 'draw-pattern', strokes: [[{ center: [0, 1.3, -0.05], radius: 0.05 }]] }, { lookup: LOOKUP, pack })).toMatchObject({ score: 0, correct: false });
  });
});

describe('scoreDraw on the real skin and core pack', () => {
  let body: RealBody;
  let qs: DrawQuestion[];
  beforeAll(async () => {
    body = await loadRealBody();
    qs = generateQuestions(body.pack, { seed: 12, count: 25, types: ['draw-pattern'], lookup: body.model.lookup }) as DrawQuestion[];
  });

  it('the skin is the real one (30–60k vertices)', () => {
    expect(body.skin.length / 3).toBeGreaterThan(30_000);
    expect(body.skin.length / 3).toBeLessThan(60_000);
  });

  it('a stroke along the essential zone passes; the same stroke on the other side, or a blob over the whole torso, fails', () => {
    const ctx = { lookup: body.model.lookup, pack: body.pack, skinPositions: body.skin };
    let passed = 0;
    let sided = 0;
    let worse = 0;
    for (const q of qs) {
      const trp = body.pack.muscles.find((m) => m.id === q.muscleId)!.triggerPoints.find((t) => t.id === q.triggerPointId)!;
      const truth = resolveReferral(trp, q.side, body.model.lookup);
      // The essential zones themselves, drawn: IoU 1, full marks.
      expect(drawIoU(body.skin, truth.essential, truth).iou).toBe(1);
      const good = scoreAnswer(q, { type: 'draw-pattern', strokes: [strokeAlong(q, body.pack, body.model.lookup)] }, ctx);
      if (good.correct) passed++;
      if (trp.referral.side !== 'both') {
        const mirrored = scoreAnswer(q, { type: 'draw-pattern', strokes: [strokeAlong(q, body.pack, body.model.lookup).map(mirrorDab)] }, ctx);
        // Patterns near the midline (forehead, back of the head) mirror onto themselves; the rest must lose.
        expect(mirrored.score, q.id).toBeLessThanOrEqual(good.score);
        sided++;
        if (mirrored.score < good.score) worse++;
      }
      const everything = scoreAnswer(q, { type: 'draw-pattern', strokes: [[{ center: [0, 1.2, 0], radius: 0.5 }]] }, ctx);
      expect(everything.correct, q.id).toBe(false);
    }
    expect(passed).toBe(qs.length);
    expect(worse).toBeGreaterThanOrEqual(0.8 * sided);
  });

  it('the keyboard alternative: the regions the pattern lists, as the drawing, score above nothing', () => {
    const ctx = { lookup: body.model.lookup, pack: body.pack, skinPositions: body.skin };
    for (const q of qs.slice(0, 10)) {
      const trp = body.pack.muscles.find((m) => m.id === q.muscleId)!.triggerPoints.find((t) => t.id === q.triggerPointId)!;
      const m = scoreAnswer(q, { type: 'draw-pattern', strokes: [], regions: [...trp.regions] }, ctx);
      expect(m.detail!.iou!).toBeGreaterThan(0);
    }
  });
});
