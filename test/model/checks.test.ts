/**
 * The model checks on tiny known GLBs: each check passes on a good shape and fails on a broken
 * one, so a green body.test.ts means something. The GLBs go through quantization + meshopt like
 * the real file, which also proves the loader applies the dequantizing node transforms.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from './lib/glb';
import { edgeReport, mirroredBoxDelta, mirroredNearestVertexMax, mirroredSurfaceDistanceMax, pointsOutside } from './lib/checks';
import { InsideTester } from './lib/pointInMesh';
import { bbox } from './lib/spatial';
import { decodedCopy, errorsOf, validate } from './lib/validate';
import { box, buildGlb, mirrorMeshX, translate, withoutTriangles } from './lib/synthetic';

const skin = box([-0.2, 0, -0.1], [0.2, 1.75, 0.1]);
const muscleL = box([0.05, 1.0, 0.0], [0.12, 1.3, 0.08]);

async function model() {
  return loadModel(
    await buildGlb([
      { name: 'skin', mesh: skin, extras: { kind: 'skin' } },
      { name: 'muscle:test:l', mesh: muscleL },
      { name: 'muscle:test:r', mesh: mirrorMeshX(muscleL) },
      { name: 'muscle:crooked:l', mesh: muscleL },
      { name: 'muscle:crooked:r', mesh: translate(mirrorMeshX(muscleL), [0, 0.01, 0]) },
      { name: 'muscle:poking:l', mesh: box([0.15, 1.0, 0.0], [0.23, 1.1, 0.05]) },
      { name: 'landmark:inside', translation: [0, 1.5, 0] },
      { name: 'landmark:outside', translation: [0, 1.5, 0.2] },
    ]),
  );
}

describe('model checks on synthetic GLBs', () => {
  it('the loader undoes quantization: world-space bounds survive within 0.2 mm', async () => {
    const m = await model();
    const b = bbox(m.mesh('skin').positions);
    const want = bbox(skin.positions);
    for (let k = 0; k < 3; k++) {
      expect(Math.abs(b.min[k]! - want.min[k]!)).toBeLessThan(2e-4);
      expect(Math.abs(b.max[k]! - want.max[k]!)).toBeLessThan(2e-4);
    }
    expect(m.point('landmark:outside')).toEqual([0, 1.5, expect.closeTo(0.2, 6)]);
  });

  it('closed-surface check: a box is closed, a box with a hole is not', async () => {
    expect(edgeReport(skin)).toMatchObject({ edges: 18, open: 0, nonManifold: 0 });
    const holed = edgeReport(withoutTriangles(skin, 2));
    expect(holed.open).toBeGreaterThan(0);
    // The quantized round trip keeps shared positions shared.
    const m = await model();
    expect(edgeReport(m.mesh('skin'))).toMatchObject({ open: 0, nonManifold: 0 });
  });

  it('mirror check: a mirrored pair matches, a pair shifted by 1 cm does not', async () => {
    const m = await model();
    expect(mirroredBoxDelta(m.mesh('muscle:test:l'), m.mesh('muscle:test:r'))).toBeLessThan(0.001);
    expect(mirroredNearestVertexMax(m.mesh('muscle:test:l'), m.mesh('muscle:test:r'))).toBeLessThan(0.002);
    expect(mirroredBoxDelta(m.mesh('muscle:crooked:l'), m.mesh('muscle:crooked:r'))).toBeGreaterThan(0.005);
    expect(mirroredNearestVertexMax(m.mesh('muscle:crooked:l'), m.mesh('muscle:crooked:r'))).toBeGreaterThan(0.002);
  });

  it('skin symmetry check: a centred box is symmetric, a shifted one is not', () => {
    expect(mirroredSurfaceDistanceMax(skin)).toBeLessThan(1e-6);
    expect(mirroredSurfaceDistanceMax(translate(skin, [0.01, 0, 0]))).toBeGreaterThan(0.015);
  });

  it('inside check: points inside, on and outside the skin', async () => {
    const m = await model();
    const t = new InsideTester(m.mesh('skin'));
    expect(t.outsideBy(m.point('landmark:inside'))).toBe(0);
    expect(t.outsideBy([0, 1.5, 0.1])).toBeLessThan(0.005); // on the surface
    expect(t.outsideBy(m.point('landmark:outside'), 0.2)).toBeCloseTo(0.1, 3);
    expect(t.outsideBy([0, 1.5, 1])).toBe(Infinity); // further than the search radius
    // Rays through vertices and along edges must not flip the answer.
    expect(t.contains([0.2 - 1e-4, 1.75 - 1e-4, 0.1 - 1e-4])).toBe(true);
    expect(t.contains([0, 0.5, 0])).toBe(true);
    expect(t.contains([0.2001, 0.5, 0])).toBe(false);
  });

  it('muscle-inside-skin check: names the muscle that pokes out', async () => {
    const m = await model();
    const t = new InsideTester(m.mesh('skin'));
    const ok = pointsOutside(t, 'muscle:test:l', Array.from({ length: 8 }, (_, i) => vertex(m.mesh('muscle:test:l').positions, i)), 0.001);
    expect(ok.outside).toBe(0);
    const poking = m.mesh('muscle:poking:l');
    const bad = pointsOutside(t, 'muscle:poking:l', Array.from({ length: 8 }, (_, i) => vertex(poking.positions, i)), 0.001);
    expect(bad.outside).toBe(4);
    expect(bad.worst).toBeCloseTo(0.03, 3);
  });
});

function vertex(p: Float32Array, i: number): [number, number, number] {
  return [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
}

describe('validator helper', () => {
  it('finds 0 errors in a good file, also after decoding meshopt', async () => {
    const bytes = await buildGlb([{ name: 'skin', mesh: skin }]);
    expect(errorsOf(await validate(bytes))).toEqual([]);
    const decoded = await decodedCopy(bytes);
    const report = await validate(decoded);
    expect(errorsOf(report)).toEqual([]);
    expect(report.issues.messages.map((m) => m.code)).not.toContain('UNSUPPORTED_EXTENSION');
  });

  it('reports an index out of range as an error', async () => {
    const broken = { positions: skin.positions, indices: Uint32Array.from([...skin.indices.slice(0, -1), 99]) };
    const errors = errorsOf(await validate(await buildGlb([{ name: 'skin', mesh: broken }], true)));
    expect(errors.join('\n')).toMatch(/ACCESSOR_INDEX_OOB|ACCESSOR_ELEMENT_OUT_OF_MAX_BOUND/);
  });
});
