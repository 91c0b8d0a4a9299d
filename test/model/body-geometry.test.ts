/** Geometry of the committed body: mirror symmetry, landmarks and muscles inside the skin. */
import { beforeEach, describe, expect, it } from 'vitest';
import { LANDMARKS, MUSCLES, nodeName, type Side } from '../../src/domain/anatomy';
import type { LoadedModel } from './lib/glb';
import { PAIRED_BONES, loadBody } from './lib/body';
import {
  formatMm,
  mirroredBoxDelta,
  mirroredNearestVertexMax,
  mirroredSurfaceDistance,
  mirroredSurfaceDistanceMax,
  formatPoint,
  pointsOutside,
  samplePoints,
  type Outside,
} from './lib/checks';
import { InsideTester } from './lib/pointInMesh';
import { expectNone } from './lib/expectNone';

const MIRROR_TOL = 0.002; // 2 mm between a left mesh mirrored and its right twin
const LANDMARK_MIRROR_TOL = 0.001;
const LANDMARK_INSIDE_TOL = 0.005;
const MUSCLE_INSIDE_TOL = 0.001;
const MUSCLE_SAMPLE = 300; // vertices tested per muscle mesh

// Loaded in each test (cached), so a missing file fails every test instead of skipping them.
let m: LoadedModel;
let skin: InsideTester;
beforeEach(async () => {
  m = await loadBody();
  skin ??= new InsideTester(m.mesh('skin'));
});

function pairProblems(names: [string, string][]): string[] {
  const problems: string[] = [];
  for (const [l, r] of names) {
    if (!m.nodes.get(l)?.getMesh() || !m.nodes.get(r)?.getMesh()) { problems.push(`${l} / ${r}: missing`); continue; }
    const a = m.mesh(l), b = m.mesh(r);
    const box = mirroredBoxDelta(a, b);
    const near = Math.max(mirroredNearestVertexMax(a, b), mirroredNearestVertexMax(b, a));
    if (box > MIRROR_TOL || near > MIRROR_TOL) {
      // Also how far the mirrored vertices lie from the other surface: tells a different
      // tessellation (small) from a different shape (large).
      const surf = Math.max(mirroredSurfaceDistanceMax(a, 300, 0.05, b), mirroredSurfaceDistanceMax(b, 300, 0.05, a));
      problems.push(`${l} ↔ ${r}: bounding boxes differ by ${formatMm(box)}, nearest vertex up to ${formatMm(near)}, ` +
        `to the other surface up to ${formatMm(surf)} (vertices ${a.positions.length / 3} / ${b.positions.length / 3})`);
    }
  }
  return problems;
}

describe('body.glb: left/right mirror symmetry', () => {
  it('every muscle: the left mesh mirrored in X matches the right one (bbox and vertices, 2 mm)', () => {
    expectNone(pairProblems(MUSCLES.map((mu) => [nodeName('muscle', mu.id, 'l'), nodeName('muscle', mu.id, 'r')])), 'muscle pairs that do not mirror');
  });

  it('paired bones mirror (2 mm)', () => {
    expectNone(pairProblems(PAIRED_BONES.map((id) => [nodeName('bone', id, 'l'), nodeName('bone', id, 'r')])), 'bone pairs that do not mirror');
  });

  it('paired landmarks mirror within 1 mm', () => {
    const problems: string[] = [];
    for (const l of LANDMARKS.filter((x) => x.paired)) {
      const a = m.point(nodeName('landmark', l.id, 'l')), b = m.point(nodeName('landmark', l.id, 'r'));
      const d = Math.hypot(a[0] + b[0], a[1] - b[1], a[2] - b[2]);
      if (d > LANDMARK_MIRROR_TOL) problems.push(`${l.id}: ${formatMm(d)}`);
    }
    expectNone(problems, 'paired landmarks that do not mirror');
  });

  it('the skin is symmetric: mirrored vertices lie on the skin (sample, 2 mm)', () => {
    const { max, at } = mirroredSurfaceDistance(m.mesh('skin'), 4000, 0.02);
    expect(max, `worst ${formatMm(max)}, at the vertex ${formatPoint(at)} mirrored`).toBeLessThanOrEqual(MIRROR_TOL);
  });
});

describe('body.glb: inside the skin', () => {
  it('every landmark lies inside or on the skin (5 mm)', () => {
    const problems: string[] = [];
    for (const l of LANDMARKS) {
      for (const side of l.paired ? (['l', 'r'] as Side[]) : [null]) {
        const name = nodeName('landmark', l.id, side);
        const d = skin.outsideBy(m.point(name), 0.1);
        if (d > LANDMARK_INSIDE_TOL) problems.push(`${name}: ${formatMm(d)} outside`);
      }
    }
    expectNone(problems, 'landmarks outside the skin');
  });

  it('[MUSCLES POKING OUT OF THE SKIN] every muscle vertex lies inside the skin (sample, 1 mm)', () => {
    const out: Outside[] = [];
    for (const mu of MUSCLES) {
      for (const side of ['l', 'r'] as Side[]) {
        const name = nodeName('muscle', mu.id, side);
        if (!m.nodes.get(name)?.getMesh()) continue; // reported by body.test.ts
        const r = pointsOutside(skin, name, samplePoints(m.mesh(name), MUSCLE_SAMPLE), MUSCLE_INSIDE_TOL);
        if (r.outside > 0) out.push(r);
      }
    }
    out.sort((a, b) => b.worst - a.worst || b.outside - a.outside);
    const table = out.map((o) => `${o.name}: ${o.outside}/${o.tested} sampled vertices outside, worst ${formatMm(o.worst)}`);
    expectNone(table, 'MUSCLES POKING OUT OF THE SKIN (muscle meshes with sampled vertices > 1 mm outside)', 200);
  });
});
