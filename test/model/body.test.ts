/** The committed body (public/models/body.glb) against the contract in scripts/model/README.md. */
import { statSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LANDMARKS, MUSCLES, nodeName, parseNodeName, type Side } from '../../src/domain/anatomy';
import type { LoadedModel } from './lib/glb';
import { GLB_PATH, MAX_GLB_BYTES, MIDLINE_BONES, PAIRED_BONES, loadBody } from './lib/body';
import { edgeReport, formatMm } from './lib/checks';
import { bbox } from './lib/spatial';
import { expectNone } from './lib/expectNone';
import { decodedCopy, errorsOf, validate } from './lib/validate';

const SIDES: Side[] = ['l', 'r'];
// Loaded in each test (cached), so a missing file fails every test instead of skipping them.
let m: LoadedModel;
beforeEach(async () => {
  m = await loadBody();
});

describe('body.glb: file', () => {
  it(`is at most ${MAX_GLB_BYTES / 1e6} MB`, () => {
    expect(statSync(GLB_PATH).size).toBeLessThanOrEqual(MAX_GLB_BYTES);
  });

  it('gltf-validator reports 0 errors (as written, and with meshopt decoded)', async () => {
    expectNone(errorsOf(await validate(m.bytes)), 'validator errors in body.glb');
    expectNone(errorsOf(await validate(await decodedCopy(m.bytes))), 'validator errors in body.glb with meshopt decoded');
  });

  it('every node name follows the grammar and is unique', () => {
    expectNone(m.duplicateNames, 'duplicate node names');
    const bad = [...m.nodes.keys()].filter((n) => parseNodeName(n) === null);
    expectNone(bad, 'node names outside the grammar');
  });
});

describe('body.glb: names and extras', () => {
  it('has exactly one `skin` mesh', () => {
    const skins = m.doc.getRoot().listNodes().filter((n) => parseNodeName(n.getName())?.kind === 'skin');
    expect(skins.length).toBe(1);
    expect(skins[0]!.getMesh()).not.toBeNull();
    expect(skins[0]!.getExtras()).toMatchObject({ kind: 'skin' });
  });

  it('every catalogue muscle exists on both sides with matching extras', () => {
    const problems: string[] = [];
    for (const mu of MUSCLES) {
      for (const side of SIDES) {
        const name = nodeName('muscle', mu.id, side);
        const node = m.nodes.get(name);
        if (!node) { problems.push(`${name}: missing`); continue; }
        if (!node.getMesh()) problems.push(`${name}: no mesh`);
        const want = { kind: 'muscle', id: mu.id, side, layer: mu.layer, region: mu.region, name: mu.name };
        const got = node.getExtras() as Record<string, unknown>;
        for (const [k, v] of Object.entries(want)) {
          if (got[k] !== v) problems.push(`${name}: extras.${k} = ${JSON.stringify(got[k])}, catalogue says ${JSON.stringify(v)}`);
        }
      }
    }
    expectNone(problems, 'muscle nodes');
  });

  it('has at least 120 muscle meshes and none outside the catalogue', () => {
    const muscles = [...m.nodes.keys()].map(parseNodeName).filter((p) => p?.kind === 'muscle');
    expect(muscles.length).toBeGreaterThanOrEqual(120);
    const known = new Set(MUSCLES.map((x) => x.id));
    expectNone(muscles.filter((p) => !known.has(p!.id)).map((p) => p!.id), 'muscle ids not in the catalogue');
  });

  it('has the skeleton: midline bones and paired bones on both sides', () => {
    const want = [...MIDLINE_BONES.map((id) => nodeName('bone', id, null)), ...PAIRED_BONES.flatMap((id) => SIDES.map((s) => nodeName('bone', id, s)))];
    const missing = want.filter((n) => !m.nodes.get(n)?.getMesh());
    const present = [...m.nodes.keys()].filter((n) => n.startsWith('bone:')).sort();
    expectNone(missing, `missing bones (bones in the file: ${present.join(', ')})`);
  });

  it('every catalogue landmark exists (paired ones on both sides) with extras', () => {
    const problems: string[] = [];
    for (const l of LANDMARKS) {
      for (const side of l.paired ? SIDES : [null]) {
        const name = nodeName('landmark', l.id, side);
        const node = m.nodes.get(name);
        if (!node) { problems.push(`${name}: missing`); continue; }
        if (node.getMesh()) problems.push(`${name}: should be an empty node`);
        const ex = node.getExtras() as Record<string, unknown>;
        if (ex.kind !== 'landmark' || ex.id !== l.id) problems.push(`${name}: extras ${JSON.stringify(ex)}`);
      }
    }
    expectNone(problems, 'landmark nodes');
    const count = [...m.nodes.keys()].filter((n) => n.startsWith('landmark:')).length;
    expect(count).toBeGreaterThanOrEqual(80);
  });

  it("paired landmarks: left at +X, right at −X; midline ones on x = 0", () => {
    const problems: string[] = [];
    for (const l of LANDMARKS) {
      if (l.paired) {
        const xl = m.point(nodeName('landmark', l.id, 'l'))[0];
        const xr = m.point(nodeName('landmark', l.id, 'r'))[0];
        if (!(xl > 0)) problems.push(`${l.id}:l at x = ${xl.toFixed(4)}`);
        if (!(xr < 0)) problems.push(`${l.id}:r at x = ${xr.toFixed(4)}`);
      } else {
        const x = m.point(nodeName('landmark', l.id, null))[0];
        if (Math.abs(x) > 0.001) problems.push(`${l.id} at x = ${x.toFixed(4)}`);
      }
    }
    expectNone(problems, 'landmark sides');
  });
});

describe('body.glb: skin shape', () => {
  it('stands 1.70–1.80 m tall, feet at y ≈ 0, centred on x = 0', () => {
    const b = bbox(m.mesh('skin').positions);
    const height = b.max[1] - b.min[1];
    expect(height, `height ${height.toFixed(3)} m`).toBeGreaterThanOrEqual(1.7);
    expect(height, `height ${height.toFixed(3)} m`).toBeLessThanOrEqual(1.8);
    expect(Math.abs(b.min[1]), `min y ${formatMm(b.min[1])}`).toBeLessThan(0.02);
    const cx = (b.min[0] + b.max[0]) / 2;
    expect(Math.abs(cx), `centre x ${formatMm(cx)}`).toBeLessThan(0.005);
  });

  it('is closed: every edge shared by exactly two triangles after welding', () => {
    const r = edgeReport(m.mesh('skin'));
    expect({ open: r.open, nonManifold: r.nonManifold }, `${r.edges} edges; ${r.where.join('; ')}`).toEqual({ open: 0, nonManifold: 0 });
  });
});
