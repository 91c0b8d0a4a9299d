/**
 * Implicit surface → triangle mesh. manifold-3d's levelSet polygonises a signed-distance function
 * into a watertight mesh; we then weld, Taubin-smooth (shrink-free smoothing) and compute normals.
 */
import Module from 'manifold-3d';
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Sdf } from './sdf';
import type { V3 } from './vec';

export interface TriMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

type Wasm = Awaited<ReturnType<typeof Module>>;
let wasm: Wasm | null = null;

async function manifold(): Promise<Wasm> {
  if (!wasm) {
    wasm = await Module();
    wasm.setup();
  }
  return wasm;
}

/** Polygonise the region where sdf < 0 inside the box, with triangles of about `edge` metres. */
export async function polygonise(sdf: Sdf, box: { min: V3; max: V3 }, edge: number): Promise<TriMesh> {
  const { Manifold } = await manifold();
  // manifold's convention is positive inside.
  const m = Manifold.levelSet((p) => -sdf(p[0], p[1], p[2]), { min: box.min, max: box.max }, edge);
  const mesh = m.getMesh();
  const numProp = mesh.numProp;
  const count = mesh.vertProperties.length / numProp;
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    positions[i * 3] = mesh.vertProperties[i * numProp] as number;
    positions[i * 3 + 1] = mesh.vertProperties[i * numProp + 1] as number;
    positions[i * 3 + 2] = mesh.vertProperties[i * numProp + 2] as number;
  }
  const out = weld({ positions, indices: new Uint32Array(mesh.triVerts) });
  m.delete();
  return out;
}

/** Merge vertices that share a position (exact match after rounding to 1e-6 m). */
export function weld(mesh: TriMesh): TriMesh {
  const map = new Map<string, number>();
  const remap = new Uint32Array(mesh.positions.length / 3);
  const pos: number[] = [];
  for (let i = 0; i < remap.length; i++) {
    const x = mesh.positions[i * 3] as number, y = mesh.positions[i * 3 + 1] as number, z = mesh.positions[i * 3 + 2] as number;
    const key = `${Math.round(x * 1e6)},${Math.round(y * 1e6)},${Math.round(z * 1e6)}`;
    let j = map.get(key);
    if (j === undefined) {
      j = pos.length / 3;
      map.set(key, j);
      pos.push(x, y, z);
    }
    remap[i] = j;
  }
  const idx: number[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = remap[mesh.indices[t] as number] as number;
    const b = remap[mesh.indices[t + 1] as number] as number;
    const c = remap[mesh.indices[t + 2] as number] as number;
    if (a !== b && b !== c && a !== c) idx.push(a, b, c);
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) };
}

function neighbours(mesh: TriMesh): number[][] {
  const n = mesh.positions.length / 3;
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t] as number, b = mesh.indices[t + 1] as number, c = mesh.indices[t + 2] as number;
    sets[a]!.add(b).add(c);
    sets[b]!.add(a).add(c);
    sets[c]!.add(a).add(b);
  }
  return sets.map((s) => [...s].sort((x, y) => x - y));
}

/** Taubin λ|μ smoothing: removes marching-grid facets without shrinking the shape. */
export function taubinSmooth(mesh: TriMesh, iterations: number, lambda = 0.5, mu = -0.53): TriMesh {
  const nb = neighbours(mesh);
  let p = Float64Array.from(mesh.positions);
  const step = (factor: number): void => {
    const next = new Float64Array(p.length);
    for (let i = 0; i < nb.length; i++) {
      const list = nb[i] as number[];
      let sx = 0, sy = 0, sz = 0;
      for (const j of list) {
        sx += p[j * 3] as number;
        sy += p[j * 3 + 1] as number;
        sz += p[j * 3 + 2] as number;
      }
      const k = list.length || 1;
      for (let c = 0; c < 3; c++) {
        const cur = p[i * 3 + c] as number;
        const avg = (c === 0 ? sx : c === 1 ? sy : sz) / k;
        next[i * 3 + c] = cur + factor * (avg - cur);
      }
    }
    p = next;
  };
  for (let i = 0; i < iterations; i++) {
    step(lambda);
    step(mu);
  }
  return { positions: Float32Array.from(p), indices: mesh.indices };
}

/** Area-weighted vertex normals. */
export function vertexNormals(mesh: TriMesh): Float32Array {
  const n = new Float64Array(mesh.positions.length);
  const p = mesh.positions;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = (mesh.indices[t] as number) * 3, b = (mesh.indices[t + 1] as number) * 3, c = (mesh.indices[t + 2] as number) * 3;
    const e1x = (p[b] as number) - (p[a] as number), e1y = (p[b + 1] as number) - (p[a + 1] as number), e1z = (p[b + 2] as number) - (p[a + 2] as number);
    const e2x = (p[c] as number) - (p[a] as number), e2y = (p[c + 1] as number) - (p[a + 1] as number), e2z = (p[c + 2] as number) - (p[a + 2] as number);
    const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
    for (const v of [a, b, c]) {
      n[v] = (n[v] as number) + nx;
      n[v + 1] = (n[v + 1] as number) + ny;
      n[v + 2] = (n[v + 2] as number) + nz;
    }
  }
  const out = new Float32Array(n.length);
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i] as number, n[i + 1] as number, n[i + 2] as number);
    if (l < 1e-12) {
      // a vertex only on zero-area triangles: any unit normal keeps the file valid
      out[i + 1] = 1;
      continue;
    }
    out[i] = (n[i] as number) / l;
    out[i + 1] = (n[i + 1] as number) / l;
    out[i + 2] = (n[i + 2] as number) / l;
  }
  return out;
}

/** Mirror a mesh in X (left ↔ right), flipping the winding so faces still point outwards. */
export function mirrorMeshX(mesh: TriMesh): TriMesh {
  const positions = Float32Array.from(mesh.positions);
  for (let i = 0; i < positions.length; i += 3) positions[i] = -(positions[i] as number);
  const indices = Uint32Array.from(mesh.indices);
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1] as number;
    indices[t + 1] = indices[t + 2] as number;
    indices[t + 2] = b;
  }
  return { positions, indices };
}

/**
 * Drop triangles where the surface is flat, within `error` metres. Done before mirroring so both
 * sides of the body stay exact mirror images.
 */
export async function simplifyMesh(mesh: TriMesh, error: number): Promise<TriMesh> {
  await MeshoptSimplifier.ready;
  const [idx] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, 0, error, ['ErrorAbsolute', 'LockBorder']);
  const used = new Int32Array(mesh.positions.length / 3).fill(-1);
  const pos: number[] = [];
  const out = new Uint32Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i] as number;
    if (used[v] === -1) {
      used[v] = pos.length / 3;
      pos.push(mesh.positions[v * 3] as number, mesh.positions[v * 3 + 1] as number, mesh.positions[v * 3 + 2] as number);
    }
    out[i] = used[v] as number;
  }
  return { positions: new Float32Array(pos), indices: out };
}
