import fc from 'fast-check';
import { BufferAttribute, BufferGeometry, InterleavedBuffer, InterleavedBufferAttribute, Matrix3, Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { mergeGeometry, type MergePart } from '../../src/scene/mergeGeometry';

/** What merging means, written with three's own per-vertex calls (the reference the fast loops must match exactly). */
function reference(parts: MergePart[]) {
  const positions: number[] = [];
  const normals: number[] = [];
  const ids: number[] = [];
  const index: number[] = [];
  let offset = 0;
  for (const p of parts) {
    const pos = p.geometry.getAttribute('position');
    const nrm = p.geometry.getAttribute('normal');
    const nm = new Matrix3().getNormalMatrix(p.matrixWorld);
    for (let i = 0; i < pos.count; i++) {
      const v = new Vector3().fromBufferAttribute(pos, i).applyMatrix4(p.matrixWorld);
      positions.push(v.x, v.y, v.z);
      const n = new Vector3().fromBufferAttribute(nrm, i).applyMatrix3(nm).normalize();
      normals.push(n.x, n.y, n.z);
      ids.push(p.partIndex);
    }
    for (let i = 0; i < p.geometry.index!.count; i++) index.push(p.geometry.index!.getX(i) + offset);
    offset += pos.count;
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), ids, index };
}

/** A part stored as the body's GLB stores it (interleaved, normalized int16) or as plain floats. */
function part(kind: 'int16' | 'float', values: number[], triangles: number[], matrix: Matrix4, partIndex: number): MergePart {
  const count = values.length / 3;
  const geometry = new BufferGeometry();
  if (kind === 'int16') {
    // position xyz + pad, normal xyz + pad: stride 8, as meshopt/quantized glTF lays it out
    const data = new Int16Array(count * 8);
    values.forEach((v, i) => {
      const vertex = Math.floor(i / 3);
      data[vertex * 8 + (i % 3)] = Math.round(v * 32767);
      data[vertex * 8 + 4 + (i % 3)] = Math.round(((v * 7919) % 1) * 32767);
    });
    const buffer = new InterleavedBuffer(data, 8);
    geometry.setAttribute('position', new InterleavedBufferAttribute(buffer, 3, 0, true));
    geometry.setAttribute('normal', new InterleavedBufferAttribute(buffer, 3, 4, true));
  } else {
    geometry.setAttribute('position', new BufferAttribute(Float32Array.from(values), 3));
    geometry.setAttribute('normal', new BufferAttribute(Float32Array.from(values.map((v, i) => (i % 3 === 1 ? 1 - v : v))), 3));
  }
  geometry.setIndex(new BufferAttribute(Uint16Array.from(triangles.map((t) => t % count)), 1));
  return { geometry, matrixWorld: matrix, partIndex };
}

const unit = fc.double({ min: -1, max: 1, noNaN: true });
const matrix = fc
  .tuple(fc.tuple(unit, unit, unit), fc.tuple(unit, unit, unit, fc.double({ min: 0.1, max: 1, noNaN: true })), fc.double({ min: 0.001, max: 3, noNaN: true }))
  .map(([t, q, s]) => new Matrix4().compose(new Vector3(...t), new Quaternion(q[0], q[1], q[2], q[3]).normalize(), new Vector3(s, s * 1.5, s * 0.5)));
const partArb = fc.record({
  kind: fc.constantFrom('int16' as const, 'float' as const),
  vertices: fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(unit, { minLength: n * 3, maxLength: n * 3 })),
  triangles: fc.array(fc.nat(100), { minLength: 3, maxLength: 30 }).map((a) => a.slice(0, a.length - (a.length % 3))),
  matrix,
});

describe('mergeGeometry', () => {
  it('bakes each part’s world matrix into positions and normals exactly as three’s per-vertex maths does, with ids and offset indices', () => {
    fc.assert(
      fc.property(fc.array(partArb, { minLength: 1, maxLength: 4 }), (specs) => {
        const parts = specs.map((p, i) => part(p.kind, p.vertices, p.triangles.length ? p.triangles : [0, 0, 0], p.matrix, i + 1));
        const merged = mergeGeometry(parts, 'aPart');
        const want = reference(parts);
        expect(merged.geometry.getAttribute('position').array).toEqual(want.positions);
        expect(merged.geometry.getAttribute('normal').array).toEqual(want.normals);
        expect([...merged.geometry.getAttribute('aPart').array]).toEqual(want.ids);
        expect([...merged.geometry.index!.array]).toEqual(want.index);
        let start = 0;
        merged.ranges.forEach((r, i) => {
          expect(r.start).toBe(start);
          expect(r.count).toBe(parts[i]!.geometry.getAttribute('position').count);
          start += r.count;
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads the most negative int16 as −1, as glTF’s normalized integers define', () => {
    const geometry = new BufferGeometry();
    const data = new Int16Array([-32768, 32767, 0, 0, 0, 32767, 0, 0]);
    const buffer = new InterleavedBuffer(data, 8);
    geometry.setAttribute('position', new InterleavedBufferAttribute(buffer, 3, 0, true));
    geometry.setAttribute('normal', new InterleavedBufferAttribute(buffer, 3, 4, true));
    geometry.setIndex(new BufferAttribute(new Uint16Array([0, 0, 0]), 1));
    const merged = mergeGeometry([{ geometry, matrixWorld: new Matrix4(), partIndex: 0 }], null);
    expect([...merged.geometry.getAttribute('position').array]).toEqual([-1, 1, 0]);
    expect([...merged.geometry.getAttribute('normal').array]).toEqual([0, 1, 0]);
  });
});
