import { BufferAttribute, BufferGeometry, Matrix3, type InterleavedBufferAttribute, type Matrix4, type TypedArray } from 'three';

export interface MergePart {
  geometry: BufferGeometry;
  /** The mesh's world matrix, baked into the merged positions and normals. */
  matrixWorld: Matrix4;
  /** Written into the per-vertex part attribute (e.g. the muscle index). */
  partIndex: number;
}

export interface MergedGeometry {
  geometry: BufferGeometry;
  /** Per part: first vertex and vertex count, first index and index count in the merged buffers. */
  ranges: Array<{ start: number; count: number; indexStart: number; indexCount: number }>;
}

/**
 * Merges meshes into one float geometry (quantized/interleaved attributes are read through
 * getX/Y/Z, so dequantization happens here) with a per-vertex `partAttribute` (uint16, read as a
 * float in the shader). One merged geometry = one draw call.
 */
export function mergeGeometry(parts: MergePart[], partAttribute: string | null): MergedGeometry {
  let vertexCount = 0;
  let indexCount = 0;
  for (const p of parts) {
    const n = p.geometry.getAttribute('position').count;
    vertexCount += n;
    indexCount += p.geometry.index ? p.geometry.index.count : n;
  }
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const partIds = new Uint16Array(vertexCount);
  const indices = vertexCount > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
  const ranges: MergedGeometry['ranges'] = [];
  const normalMatrix = new Matrix3();
  let vo = 0;
  let io = 0;
  for (const p of parts) {
    const pos = p.geometry.getAttribute('position');
    const nrm = p.geometry.getAttribute('normal');
    normalMatrix.getNormalMatrix(p.matrixWorld);
    // Written out (not Vector3.fromBufferAttribute + applyMatrix4 per vertex: ≈ 150k vertices,
    // the body worker's largest cost); the same arithmetic, in the same order, as three's.
    const e = p.matrixWorld.elements;
    const P = storageOf(pos);
    for (let i = 0, s = P.offset; i < pos.count; i++, s += P.stride) {
      const x = P.read(s), y = P.read(s + 1), z = P.read(s + 2);
      const w = 1 / (e[3]! * x + e[7]! * y + e[11]! * z + e[15]!);
      const k = (vo + i) * 3;
      positions[k] = (e[0]! * x + e[4]! * y + e[8]! * z + e[12]!) * w;
      positions[k + 1] = (e[1]! * x + e[5]! * y + e[9]! * z + e[13]!) * w;
      positions[k + 2] = (e[2]! * x + e[6]! * y + e[10]! * z + e[14]!) * w;
    }
    if (nrm) {
      const m = normalMatrix.elements;
      const N = storageOf(nrm);
      for (let i = 0, s = N.offset; i < nrm.count; i++, s += N.stride) {
        const x = N.read(s), y = N.read(s + 1), z = N.read(s + 2);
        const nx = m[0]! * x + m[3]! * y + m[6]! * z;
        const ny = m[1]! * x + m[4]! * y + m[7]! * z;
        const nz = m[2]! * x + m[5]! * y + m[8]! * z;
        const scale = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
        const k = (vo + i) * 3;
        normals[k] = nx * scale;
        normals[k + 1] = ny * scale;
        normals[k + 2] = nz * scale;
      }
    }
    partIds.fill(p.partIndex, vo, vo + pos.count);
    const indexStart = io;
    const index = p.geometry.index;
    if (index) {
      const src = index.array;
      for (let i = 0; i < index.count; i++) indices[io + i] = src[i]! + vo;
      io += index.count;
    } else {
      for (let i = 0; i < pos.count; i++) indices[io + i] = vo + i;
      io += pos.count;
    }
    ranges.push({ start: vo, count: pos.count, indexStart, indexCount: io - indexStart });
    vo += pos.count;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  if (partAttribute) geometry.setAttribute(partAttribute, new BufferAttribute(partIds, 1));
  geometry.setIndex(new BufferAttribute(indices, 1));
  if (parts.some((p) => !p.geometry.getAttribute('normal'))) geometry.computeVertexNormals();
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return { geometry, ranges };
}

/** Where an attribute's numbers are: stride and offset in array elements, and a reader that undoes normalization as three's getX does. */
interface Storage {
  stride: number;
  offset: number;
  read: (at: number) => number;
}

function storageOf(attribute: BufferAttribute | InterleavedBufferAttribute): Storage {
  const interleaved = 'isInterleavedBufferAttribute' in attribute && attribute.isInterleavedBufferAttribute;
  const array = (interleaved ? attribute.data.array : attribute.array) as TypedArray;
  const stride = interleaved ? attribute.data.stride : attribute.itemSize;
  const offset = interleaved ? attribute.offset : 0;
  if (!attribute.normalized) return { stride, offset, read: (at) => array[at]! };
  // three's denormalize(): signed types clamp at −1 (the most negative integer), divisions as there.
  if (array instanceof Int16Array) return { stride, offset, read: (at) => Math.max(array[at]! / 32767, -1) };
  if (array instanceof Int8Array) return { stride, offset, read: (at) => Math.max(array[at]! / 127, -1) };
  if (array instanceof Uint16Array) return { stride, offset, read: (at) => array[at]! / 65535 };
  if (array instanceof Uint8Array) return { stride, offset, read: (at) => array[at]! / 255 };
  return { stride, offset, read: (at) => array[at]! };
}
