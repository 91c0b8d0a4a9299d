/** Geometry checks used by the model tests; each returns figures the tests assert on. */
import type { TriMesh, Vec3 } from './glb';
import { InsideTester } from './pointInMesh';
import { PointIndex, SurfaceIndex, bbox, sampleIndices } from './spatial';

export interface ClosedReport {
  edges: number;
  /** Edges used by one triangle only (holes). */
  open: number;
  /** Edges used by more than two triangles. */
  nonManifold: number;
  /** Where the first few bad edges are (midpoints, metres), for the failure message. */
  where: string[];
}

/** Welds positions (to `eps` metres) and counts how many triangles use each undirected edge. */
export function edgeReport(mesh: TriMesh, eps = 1e-5): ClosedReport {
  const { positions: p, indices: t } = mesh;
  const weld = new Map<string, number>();
  const id = new Uint32Array(p.length / 3);
  const first: number[] = []; // a vertex index per welded id, to locate bad edges
  for (let i = 0; i < id.length; i++) {
    const key = `${Math.round(p[3 * i]! / eps)},${Math.round(p[3 * i + 1]! / eps)},${Math.round(p[3 * i + 2]! / eps)}`;
    let w = weld.get(key);
    if (w === undefined) {
      weld.set(key, (w = weld.size));
      first.push(i);
    }
    id[i] = w;
  }
  const n = weld.size;
  const count = new Map<number, number>();
  for (let f = 0; f < t.length; f += 3) {
    for (let k = 0; k < 3; k++) {
      const a = id[t[f + k]!]!, b = id[t[f + ((k + 1) % 3)]!]!;
      if (a === b) continue; // degenerate after welding
      const key = a < b ? a * n + b : b * n + a;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  let open = 0, nonManifold = 0;
  const where: string[] = [];
  for (const [key, c] of count) {
    if (c === 2) continue;
    if (c === 1) open++;
    else nonManifold++;
    if (where.length < 10) {
      const a = first[Math.floor(key / n)]!, b = first[key % n]!;
      const mid = [0, 1, 2].map((k) => ((p[3 * a + k]! + p[3 * b + k]!) / 2).toFixed(3));
      where.push(`${c === 1 ? 'open' : `${c} triangles`} at (${mid.join(', ')})`);
    }
  }
  return { edges: count.size, open, nonManifold, where };
}

export const mirrorX = (p: Vec3): Vec3 => [-p[0], p[1], p[2]];

/** Largest difference between mirror(bbox(l)) and bbox(r), in metres. */
export function mirroredBoxDelta(l: TriMesh, r: TriMesh): number {
  const a = bbox(l.positions), b = bbox(r.positions);
  const mirrored = { min: [-a.max[0], a.min[1], a.min[2]], max: [-a.min[0], a.max[1], a.max[2]] };
  let d = 0;
  for (let k = 0; k < 3; k++) {
    d = Math.max(d, Math.abs(mirrored.min[k]! - b.min[k]!), Math.abs(mirrored.max[k]! - b.max[k]!));
  }
  return d;
}

/**
 * Mirrors a sample of `from`'s vertices in X and finds the nearest vertex of `to`.
 * Returns the largest such distance (Infinity when one has no vertex within `searchRadius`).
 */
export function mirroredNearestVertexMax(from: TriMesh, to: TriMesh, sample = 200, searchRadius = 0.01): number {
  const index = new PointIndex(to.positions, searchRadius);
  const p = from.positions;
  let worst = 0;
  for (const i of sampleIndices(p.length / 3, sample)) {
    worst = Math.max(worst, index.nearest(-p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!, searchRadius));
  }
  return worst;
}

/**
 * Mirrors a sample of the mesh's vertices in X and measures their distance to `target`'s surface
 * (by default the mesh's own: a symmetry check). Infinity when beyond `searchRadius`.
 * Returns the largest distance and the (unmirrored) vertex where it occurs.
 */
export function mirroredSurfaceDistance(mesh: TriMesh, sample = 2000, searchRadius = 0.02, target: TriMesh = mesh): { max: number; at: Vec3 } {
  const surface = new SurfaceIndex(target, 0.01);
  const p = mesh.positions;
  let max = 0;
  let at: Vec3 = [0, 0, 0];
  for (const i of sampleIndices(p.length / 3, sample)) {
    const d = surface.distance([-p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!], searchRadius);
    if (d > max) {
      max = d;
      at = [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
    }
  }
  return { max, at };
}

export const mirroredSurfaceDistanceMax = (mesh: TriMesh, sample = 2000, searchRadius = 0.02, target: TriMesh = mesh): number =>
  mirroredSurfaceDistance(mesh, sample, searchRadius, target).max;

export const formatPoint = (p: Vec3): string => `(${p.map((v) => v.toFixed(3)).join(', ')})`;

export interface Outside {
  name: string;
  /** How many of the tested points lie outside by more than the tolerance. */
  outside: number;
  tested: number;
  /** Largest distance outside the surface, metres (Infinity: further than the search radius). */
  worst: number;
}

/** Tests points against a closed mesh; reports those outside by more than `tol`. */
export function pointsOutside(tester: InsideTester, name: string, points: Vec3[], tol: number, searchRadius = 0.05): Outside {
  let outside = 0, worst = 0;
  for (const q of points) {
    const d = tester.outsideBy(q, searchRadius);
    if (d > tol) {
      outside++;
      worst = Math.max(worst, d);
    }
  }
  return { name, outside, tested: points.length, worst };
}

/** A sample of a mesh's vertices as points. */
export function samplePoints(mesh: TriMesh, sample: number): Vec3[] {
  const p = mesh.positions;
  return sampleIndices(p.length / 3, sample).map((i) => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!]);
}

export function formatMm(m: number): string {
  return Number.isFinite(m) ? `${(m * 1000).toFixed(1)} mm` : '> search radius';
}
