import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { getMuscle, muscleNodeName, type Side } from '../../src/domain/anatomy';
import type { MusclePart } from '../../src/scene/buildBody';
import { MuscleStates, PEEL_ALPHA, XRAY_ALPHA } from '../../src/scene/muscleStates';
import type { MuscleDrawState } from '../../src/state/selectors';

/** A hand-made body: boxes (min, max) per muscle, triangles 36 indices each, in this order. */
function part(index: number, id: string, side: Side, min: [number, number, number], max: [number, number, number]): MusclePart {
  const info = getMuscle(id)!;
  return {
    index, id, side, layer: info.layer, region: info.region, nodeName: muscleNodeName(id, side), catalogueIndex: index,
    box: new Box3(new Vector3(...min), new Vector3(...max)), centroid: new Vector3(), facing: new Vector3(0, 0, 1), facingStrength: 1,
    start: index * 24, count: 24, indexStart: index * 36, indexCount: 36,
  };
}

const muscles = [
  part(0, 'latissimus-dorsi', 'r', [-0.2, 1.0, -0.15], [-0.02, 1.3, -0.1]), // superficial, over QL
  part(1, 'iliocostalis', 'r', [-0.1, 1.0, -0.12], [-0.04, 1.3, -0.08]), // intermediate, over QL
  part(2, 'quadratus-lumborum', 'r', [-0.1, 1.0, -0.09], [-0.03, 1.1, -0.05]), // deep
  part(3, 'pectoralis-major', 'r', [-0.2, 1.3, 0.08], [0, 1.45, 0.12]), // superficial, elsewhere
];

const base: MuscleDrawState = {
  selection: null, hover: null, layers: { superficial: true, intermediate: true, deep: true }, peeled: [], xray: false, hidden: [], isolated: null,
};

function run(s: Partial<MuscleDrawState>) {
  const st = new MuscleStates(muscles);
  st.update({ ...base, ...s });
  const w = st.width;
  return {
    st,
    visible: (i: number) => st.data[(w + i) * 4] === 255,
    alpha: (i: number) => (st.data[(w + i) * 4 + 1] ?? 0) / 255,
    outline: (i: number) => st.data[(w + i) * 4 + 2] === 255,
    glow: (i: number) => st.data[i * 4 + 3] ?? 0,
  };
}

describe('MuscleStates', () => {
  it('draws everything opaque by default, in one index range', () => {
    const r = run({});
    expect([0, 1, 2, 3].map(r.visible)).toEqual([true, true, true, true]);
    expect([0, 1, 2, 3].map(r.alpha)).toEqual([1, 1, 1, 1]);
    expect(r.st.ranges).toEqual({ opaque: { start: 0, count: 144 }, transparent: { start: 0, count: 0 }, outline: { start: 0, count: 0 } });
  });

  it('selection glows, has the outline and is always drawn (even in a hidden layer)', () => {
    const r = run({ selection: { muscleId: 'quadratus-lumborum', side: 'r' }, layers: { superficial: true, intermediate: true, deep: false } });
    expect(r.visible(2)).toBe(true);
    expect(r.outline(2)).toBe(true);
    expect(r.glow(2)).toBe(255);
    expect(r.st.ranges.outline).toEqual({ start: 72, count: 36 });
  });

  it('peels the shallower muscles over a deep selection only, and they stop being pickable', () => {
    const r = run({ selection: { muscleId: 'quadratus-lumborum', side: 'r' }, peeled: ['superficial', 'intermediate'] });
    expect(r.alpha(0)).toBeCloseTo(PEEL_ALPHA, 2);
    expect(r.alpha(1)).toBeCloseTo(PEEL_ALPHA, 2);
    expect(r.alpha(3)).toBe(1);
    expect([...r.st.pickable]).toEqual([0, 0, 1, 1]);
    expect(r.st.ranges.transparent).toEqual({ start: 0, count: 72 });
    expect(r.st.ranges.opaque).toEqual({ start: 72, count: 72 });
  });

  it('X-ray ghosts all but the selection', () => {
    const r = run({ xray: true, selection: { muscleId: 'pectoralis-major', side: 'r' } });
    expect([0, 1, 2].map(r.alpha).every((a) => Math.abs(a - XRAY_ALPHA) < 0.01)).toBe(true);
    expect(r.alpha(3)).toBe(1);
    expect(r.st.ranges.opaque).toEqual({ start: 108, count: 36 });
  });

  it('hides, isolates and follows the layer switches', () => {
    expect(run({ hidden: ['muscle:latissimus-dorsi:r'] }).visible(0)).toBe(false);
    const iso = run({ isolated: ['muscle:iliocostalis:r'] });
    expect([0, 1, 2, 3].map(iso.visible)).toEqual([false, true, false, false]);
    const noSup = run({ layers: { superficial: false, intermediate: true, deep: true } });
    expect([0, 1, 2, 3].map(noSup.visible)).toEqual([false, true, true, false]);
    expect([...noSup.st.pickable]).toEqual([0, 1, 1, 0]);
  });

  it('hover lightens the colour', () => {
    const plain = run({});
    const hovered = run({ hover: { muscleId: 'pectoralis-major', side: 'r' } });
    const lum = (r: ReturnType<typeof run>) => (r.st.data[12] ?? 0) + (r.st.data[13] ?? 0) + (r.st.data[14] ?? 0);
    expect(lum(hovered)).toBeGreaterThan(lum(plain));
  });
});
