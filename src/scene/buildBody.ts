import { Box3, BufferAttribute, Vector3, type BufferGeometry, type Mesh, type Object3D } from 'three';
import { LAYERS, MUSCLES, getMuscle, nodeName, type BodyRegionId, type Layer, type Side } from '../domain/anatomy';
import { identifyMeshOwner, identifyNode } from './identifyNode';
import { mergeGeometry, type MergedGeometry, type MergePart } from './mergeGeometry';

type MergedRange = MergedGeometry['ranges'][number];

export interface MusclePart {
  /** Index in the merged geometry's `aMuscle` attribute and in the state texture. */
  index: number;
  id: string;
  side: Side;
  layer: Layer;
  region: BodyRegionId;
  nodeName: string;
  /** Position in the catalogue (drives the colour variation). */
  catalogueIndex: number;
  box: Box3;
  centroid: Vector3;
  /** Mean vertex normal: roughly the direction the muscle faces (for framing). */
  facing: Vector3;
  /** 0…1: how consistently the surface faces one way (a closed belly ≈ 0, a sheet ≈ 1). */
  facingStrength: number;
  /** First vertex and vertex count in the merged geometry. */
  start: number;
  count: number;
  /** First index and index count: each muscle's triangles are contiguous, superficial muscles first. */
  indexStart: number;
  indexCount: number;
}

export interface BonePart {
  index: number;
  nodeName: string;
}

export interface BodyData {
  muscles: MusclePart[];
  muscleIndexByName: Map<string, number>;
  /** All muscles, one geometry: position, normal, aMuscle (uint16), index. */
  muscleGeometry: BufferGeometry;
  bones: BonePart[];
  /** All bones, one geometry with `aBone`, or null when the file has none. */
  boneGeometry: BufferGeometry | null;
  skinGeometry: BufferGeometry | null;
  /** Landmark node name → point (metres, model space). */
  landmarks: Map<string, Vector3>;
  bounds: Box3;
}

const catalogueOrder = new Map(MUSCLES.map((m, i) => [m.id, i]));

/**
 * Turns the loaded glTF scene into the draw-ready body: muscles merged into one geometry with a
 * per-vertex muscle index, bones into one, the skin into one; world matrices baked; per-muscle
 * boxes, centroids and facing precomputed.
 */
export function buildBody(root: Object3D): BodyData {
  root.updateMatrixWorld(true);
  const muscleMeshes: Array<{ mesh: Mesh; id: string; side: Side }> = [];
  const boneMeshes: Array<{ mesh: Mesh; name: string }> = [];
  const skinMeshes: Mesh[] = [];
  const landmarks = new Map<string, Vector3>();

  root.traverse((o) => {
    if ((o as Mesh).isMesh) {
      const mesh = o as Mesh;
      const who = identifyMeshOwner(mesh);
      if (!who) return;
      if (who.kind === 'muscle' && who.side) {
        if (getMuscle(who.id)) muscleMeshes.push({ mesh, id: who.id, side: who.side });
        else console.warn(`Myomap: muscle "${who.id}" is not in the catalogue; skipped`);
      } else if (who.kind === 'bone') boneMeshes.push({ mesh, name: nodeName('bone', who.id, who.side) });
      else if (who.kind === 'skin') skinMeshes.push(mesh);
      return;
    }
    const who = identifyNode(o);
    if (who?.kind === 'landmark') landmarks.set(nodeName('landmark', who.id, who.side), new Vector3().setFromMatrixPosition(o.matrixWorld));
  });

  // Stable order: catalogue order, right before left; parts of one muscle share an index.
  muscleMeshes.sort((a, b) => (catalogueOrder.get(a.id) ?? 0) - (catalogueOrder.get(b.id) ?? 0) || (a.side === b.side ? 0 : a.side === 'r' ? -1 : 1));
  const muscles: MusclePart[] = [];
  const muscleIndexByName = new Map<string, number>();
  const parts: MergePart[] = [];
  for (const { mesh, id, side } of muscleMeshes) {
    const name = nodeName('muscle', id, side);
    let index = muscleIndexByName.get(name);
    if (index === undefined) {
      const info = getMuscle(id);
      if (!info) continue;
      index = muscles.length;
      muscleIndexByName.set(name, index);
      muscles.push({
        index, id, side, layer: info.layer, region: info.region, nodeName: name,
        catalogueIndex: catalogueOrder.get(id) ?? 0,
        box: new Box3(), centroid: new Vector3(), facing: new Vector3(), facingStrength: 0, start: 0, count: 0, indexStart: 0, indexCount: 0,
      });
    }
    parts.push({ geometry: mesh.geometry, matrixWorld: mesh.matrixWorld, partIndex: index });
  }
  const merged = mergeGeometry(parts, 'aMuscle');
  summarizeMuscles(merged.geometry, muscles);
  orderTrianglesByLayer(merged.geometry, merged.ranges, parts, muscles);

  const bones: BonePart[] = [];
  const boneParts: MergePart[] = boneMeshes.map(({ mesh, name }) => {
    bones.push({ index: bones.length, nodeName: name });
    return { geometry: mesh.geometry, matrixWorld: mesh.matrixWorld, partIndex: bones.length - 1 };
  });
  const boneGeometry = boneParts.length ? mergeGeometry(boneParts, 'aBone').geometry : null;
  const skinGeometry = skinMeshes.length
    ? mergeGeometry(skinMeshes.map((m) => ({ geometry: m.geometry, matrixWorld: m.matrixWorld, partIndex: 0 })), null).geometry
    : null;

  const bounds = new Box3();
  for (const g of [merged.geometry, boneGeometry, skinGeometry]) if (g?.boundingBox && !g.boundingBox.isEmpty()) bounds.union(g.boundingBox);
  for (const p of landmarks.values()) bounds.expandByPoint(p);
  return { muscles, muscleIndexByName, muscleGeometry: merged.geometry, bones, boneGeometry, skinGeometry, landmarks, bounds };
}

/**
 * Rewrites the index so each muscle's triangles are contiguous, superficial layer first: outer
 * surfaces are drawn first (the depth test then skips most hidden fragments), and a draw call can
 * be limited to the index range of the muscles it shows.
 */
function orderTrianglesByLayer(geometry: BufferGeometry, ranges: MergedRange[], parts: MergePart[], muscles: MusclePart[]): void {
  const index = geometry.index;
  if (!index) return;
  const src = index.array;
  const dst = new (src.constructor as Uint32ArrayConstructor)(src.length);
  const slices: Array<Array<{ indexStart: number; indexCount: number }>> = muscles.map(() => []);
  parts.forEach((p, i) => {
    const r = ranges[i];
    if (r) slices[p.partIndex]?.push(r);
  });
  const order = [...muscles].sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.index - b.index);
  let o = 0;
  for (const m of order) {
    m.indexStart = o;
    for (const r of slices[m.index] ?? []) {
      dst.set(src.subarray(r.indexStart, r.indexStart + r.indexCount), o);
      o += r.indexCount;
    }
    m.indexCount = o - m.indexStart;
  }
  geometry.setIndex(new BufferAttribute(dst, 1));
}

/** Boxes, centroids, facing and vertex ranges per muscle, from the merged buffers. */
function summarizeMuscles(geometry: BufferGeometry, muscles: MusclePart[]): void {
  const pos = geometry.getAttribute('position');
  const nrm = geometry.getAttribute('normal');
  const ids = geometry.getAttribute('aMuscle');
  const counts = new Uint32Array(muscles.length);
  const starts = new Int32Array(muscles.length).fill(-1);
  const p = new Vector3();
  const n = new Vector3();
  for (let i = 0; i < pos.count; i++) {
    const m = muscles[ids.getX(i)];
    if (!m) continue;
    p.fromBufferAttribute(pos, i);
    n.fromBufferAttribute(nrm, i);
    m.box.expandByPoint(p);
    m.centroid.add(p);
    m.facing.add(n);
    if (starts[m.index] === -1) starts[m.index] = i;
    counts[m.index] = (counts[m.index] ?? 0) + 1;
  }
  for (const m of muscles) {
    const c = counts[m.index] ?? 0;
    m.count = c;
    m.start = Math.max(0, starts[m.index] ?? 0);
    if (c > 0) m.centroid.divideScalar(c);
    m.facingStrength = c > 0 ? Math.min(1, m.facing.length() / c) : 0;
    if (m.facing.lengthSq() < 1e-8) m.facing.set(0, 0, 1);
    m.facing.normalize();
  }
}
