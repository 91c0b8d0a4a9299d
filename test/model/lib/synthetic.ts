/** Tiny GLBs built in memory, to prove the model checks can fail (and pass) on known shapes. */
import { Document, Logger } from '@gltf-transform/core';
import { meshopt, quantize } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { createIO, type TriMesh, type Vec3 } from './glb';

/** Axis-aligned box, 8 shared vertices, 12 outward-facing triangles. */
export function box(min: Vec3, max: Vec3): TriMesh {
  const positions: number[] = [];
  for (let i = 0; i < 8; i++) positions.push(i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]);
  // Faces as quads of corner indices (bit 0 = x, bit 1 = y, bit 2 = z), counter-clockwise from outside.
  const quads = [[0, 2, 3, 1], [4, 5, 7, 6], [0, 1, 5, 4], [2, 6, 7, 3], [0, 4, 6, 2], [1, 3, 7, 5]];
  const indices = quads.flatMap(([a, b, c, d]) => [a!, b!, c!, a!, c!, d!]);
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}

/** Removes the last `faces` triangles: a box with a hole. */
export function withoutTriangles(mesh: TriMesh, faces: number): TriMesh {
  return { positions: mesh.positions, indices: mesh.indices.slice(0, mesh.indices.length - 3 * faces) };
}

export function translate(mesh: TriMesh, d: Vec3): TriMesh {
  const p = mesh.positions.slice();
  for (let i = 0; i < p.length; i += 3) {
    p[i] = p[i]! + d[0];
    p[i + 1] = p[i + 1]! + d[1];
    p[i + 2] = p[i + 2]! + d[2];
  }
  return { positions: p, indices: mesh.indices };
}

export function mirrorMeshX(mesh: TriMesh): TriMesh {
  const p = mesh.positions.slice();
  for (let i = 0; i < p.length; i += 3) p[i] = -p[i]!;
  const t = mesh.indices.slice();
  for (let f = 0; f < t.length; f += 3) [t[f + 1], t[f + 2]] = [t[f + 2]!, t[f + 1]!]; // keep outward winding
  return { positions: p, indices: t };
}

export interface SyntheticNode {
  name: string;
  mesh?: TriMesh;
  translation?: Vec3;
  extras?: Record<string, unknown>;
}

/** Writes a GLB the way the generator does (quantized + meshopt unless `plain`), returns its bytes. */
export async function buildGlb(nodes: SyntheticNode[], plain = false): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = doc.createBuffer();
  const scene = doc.createScene('body');
  for (const n of nodes) {
    const node = doc.createNode(n.name).setExtras(n.extras ?? {});
    if (n.translation) node.setTranslation(n.translation);
    if (n.mesh) {
      const pos = doc.createAccessor().setType('VEC3').setArray(n.mesh.positions.slice()).setBuffer(buffer);
      const idx = doc.createAccessor().setType('SCALAR').setArray(n.mesh.indices.slice()).setBuffer(buffer);
      const prim = doc.createPrimitive().setAttribute('POSITION', pos).setIndices(idx);
      node.setMesh(doc.createMesh(n.name).addPrimitive(prim));
    }
    scene.addChild(node);
  }
  doc.getRoot().setDefaultScene(scene);
  if (!plain) {
    await MeshoptEncoder.ready;
    await doc.transform(quantize({ quantizePosition: 14 }), meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  }
  const io = await createIO();
  return io.writeBinary(doc);
}
