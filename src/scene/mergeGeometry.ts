import { BufferAttribute, BufferGeometry, Matrix3, Vector3, type Matrix4 } from 'three';

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
  const v = new Vector3();
  const normalMatrix = new Matrix3();
  let vo = 0;
  let io = 0;
  for (const p of parts) {
    const pos = p.geometry.getAttribute('position');
    const nrm = p.geometry.getAttribute('normal');
    normalMatrix.getNormalMatrix(p.matrixWorld);
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(p.matrixWorld);
      const k = (vo + i) * 3;
      positions[k] = v.x;
      positions[k + 1] = v.y;
      positions[k + 2] = v.z;
      if (nrm) {
        v.fromBufferAttribute(nrm, i).applyMatrix3(normalMatrix).normalize();
        normals[k] = v.x;
        normals[k + 1] = v.y;
        normals[k + 2] = v.z;
      }
      partIds[vo + i] = p.partIndex;
    }
    const indexStart = io;
    const index = p.geometry.index;
    if (index) {
      for (let i = 0; i < index.count; i++) indices[io + i] = index.getX(i) + vo;
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
