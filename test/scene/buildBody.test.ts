import { beforeAll, describe, expect, it } from 'vitest';
import { LANDMARKS, MUSCLES, nodeName } from '../../src/domain/anatomy';
import { buildBody, type BodyData } from '../../src/scene/buildBody';
import { parseBodyGlb } from '../../src/scene/parseBodyGlb';
import { fixtureLandmark, fixtureMuscleBox, makeTestBodyGlb } from './fixtures/testBody';

let body: BodyData;

beforeAll(async () => {
  const bytes = await makeTestBodyGlb();
  const scene = await parseBodyGlb(bytes.slice().buffer);
  body = buildBody(scene);
});

describe('buildBody on a contract-shaped, meshopt + quantized GLB', () => {
  it('finds every muscle on both sides, in catalogue order, right first', () => {
    expect(body.muscles).toHaveLength(MUSCLES.length * 2);
    expect(body.muscles[0]?.nodeName).toBe(`muscle:${MUSCLES[0]?.id}:r`);
    expect(body.muscles[1]?.nodeName).toBe(`muscle:${MUSCLES[0]?.id}:l`);
    for (const m of body.muscles) expect(body.muscleIndexByName.get(m.nodeName)).toBe(m.index);
  });

  it('merges all muscles into one geometry with a per-vertex muscle index', () => {
    const g = body.muscleGeometry;
    const ids = g.getAttribute('aMuscle');
    expect(ids.count).toBe(g.getAttribute('position').count);
    expect(ids.count).toBe(MUSCLES.length * 2 * 24);
    for (const m of body.muscles) {
      expect(m.count).toBe(24);
      for (let i = m.start; i < m.start + m.count; i++) expect(ids.getX(i)).toBe(m.index);
    }
  });

  it('bakes the dequantizing node transforms (boxes land where they were authored)', () => {
    for (const id of ['upper-trapezius', 'quadratus-lumborum', 'abductor-hallucis']) {
      for (const side of ['l', 'r'] as const) {
        const m = body.muscles[body.muscleIndexByName.get(nodeName('muscle', id, side)) ?? -1];
        const want = fixtureMuscleBox(id, side);
        expect(m).toBeDefined();
        expect(m?.box.min.toArray().map((v, i) => Math.abs(v - (want.min[i] ?? 0)) < 0.002)).toEqual([true, true, true]);
        expect(m?.box.max.toArray().map((v, i) => Math.abs(v - (want.max[i] ?? 0)) < 0.002)).toEqual([true, true, true]);
        expect(Math.sign(m?.centroid.x ?? 0)).toBe(side === 'r' ? -1 : 1);
      }
    }
  });

  it('keeps skin, bones and every landmark', () => {
    expect(body.skinGeometry).not.toBeNull();
    expect(body.bones.map((b) => b.nodeName).sort()).toEqual(['bone:femur:l', 'bone:femur:r', 'bone:skull']);
    const expected = LANDMARKS.reduce((n, l) => n + (l.paired ? 2 : 1), 0);
    expect(body.landmarks.size).toBe(expected);
    const i = LANDMARKS.findIndex((l) => l.id === 'acromion');
    const p = body.landmarks.get('landmark:acromion:r');
    expect(p?.toArray()).toEqual(fixtureLandmark(i, true, 'r').map((v) => expect.closeTo(v, 4)));
    expect(body.bounds.max.y).toBeCloseTo(1.75, 2);
  });
});
