/** Small spatial indexes for the model checks: nearest vertex and distance to a triangle surface. */
import type { TriMesh, Vec3 } from './glb';

export interface Box {
  min: Vec3;
  max: Vec3;
}

export function bbox(positions: Float32Array): Box {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = positions[i + k]!;
      if (v < min[k]!) min[k] = v;
      if (v > max[k]!) max[k] = v;
    }
  }
  return { min, max };
}

/** Deterministic, evenly spread sample of k indices out of n (all of them when k ≥ n). */
export function sampleIndices(n: number, k: number): number[] {
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  const step = n / k;
  return Array.from({ length: k }, (_, i) => Math.floor(i * step + step / 2));
}

const OFF = 2048;
const cellKey = (ix: number, iy: number, iz: number): number => ((ix + OFF) * 4096 + (iy + OFF)) * 4096 + (iz + OFF);

/** Uniform hash grid of cells of size `cell` (metres); items are integers. */
class HashGrid {
  readonly cells = new Map<number, number[]>();
  constructor(readonly cell: number) {}
  index(v: number): number {
    return Math.floor(v / this.cell);
  }
  add(ix: number, iy: number, iz: number, item: number): void {
    const k = cellKey(ix, iy, iz);
    const list = this.cells.get(k);
    if (list) list.push(item);
    else this.cells.set(k, [item]);
  }
  /** Calls fn for every item in the cells that a cube of half-size r around p touches. */
  around(x: number, y: number, z: number, r: number, fn: (item: number) => void): void {
    const x0 = this.index(x - r), x1 = this.index(x + r);
    const y0 = this.index(y - r), y1 = this.index(y + r);
    const z0 = this.index(z - r), z1 = this.index(z + r);
    for (let ix = x0; ix <= x1; ix++)
      for (let iy = y0; iy <= y1; iy++)
        for (let iz = z0; iz <= z1; iz++) {
          const list = this.cells.get(cellKey(ix, iy, iz));
          if (list) for (const item of list) fn(item);
        }
  }
}

/** Nearest vertex within a search radius. */
export class PointIndex {
  private grid: HashGrid;
  constructor(private positions: Float32Array, cell = 0.005) {
    this.grid = new HashGrid(cell);
    for (let i = 0; i < positions.length / 3; i++) {
      const g = this.grid;
      g.add(g.index(positions[3 * i]!), g.index(positions[3 * i + 1]!), g.index(positions[3 * i + 2]!), i);
    }
  }
  /** Distance to the nearest vertex, or Infinity if none lies within maxDist. */
  nearest(x: number, y: number, z: number, maxDist: number): number {
    let best = maxDist * maxDist;
    let found = false;
    const p = this.positions;
    this.grid.around(x, y, z, maxDist, (i) => {
      const dx = p[3 * i]! - x, dy = p[3 * i + 1]! - y, dz = p[3 * i + 2]! - z;
      const d = dx * dx + dy * dy + dz * dz;
      if (d <= best) {
        best = d;
        found = true;
      }
    });
    return found ? Math.sqrt(best) : Infinity;
  }
}

/** Squared distance from p to triangle abc (Ericson, Real-Time Collision Detection §5.1.5). */
export function pointTriangleDistSq(p: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return dist2(p, a);
  const bp = sub(p, b);
  const d3 = dot(ab, bp), d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return dist2(p, b);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return dist2(p, lerp(a, ab, d1 / (d1 - d3)));
  const cp = sub(p, c);
  const d5 = dot(ab, cp), d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return dist2(p, c);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return dist2(p, lerp(a, ac, d2 / (d2 - d6)));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return dist2(p, lerp(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))));
  const denom = 1 / (va + vb + vc);
  const v = vb * denom, w = vc * denom;
  return dist2(p, [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w]);
}

/** Distance from a point to a triangle surface, searched within a radius. */
export class SurfaceIndex {
  private grid: HashGrid;
  private stamp: Uint32Array;
  private query = 0;
  constructor(private mesh: TriMesh, cell = 0.01) {
    this.grid = new HashGrid(cell);
    this.stamp = new Uint32Array(mesh.indices.length / 3);
    const { positions: p, indices: t } = mesh;
    const g = this.grid;
    for (let f = 0; f < t.length / 3; f++) {
      const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
      for (let k = 0; k < 3; k++) {
        const v = t[3 * f + k]!;
        for (let a = 0; a < 3; a++) {
          lo[a] = Math.min(lo[a]!, p[3 * v + a]!);
          hi[a] = Math.max(hi[a]!, p[3 * v + a]!);
        }
      }
      for (let ix = g.index(lo[0]!); ix <= g.index(hi[0]!); ix++)
        for (let iy = g.index(lo[1]!); iy <= g.index(hi[1]!); iy++)
          for (let iz = g.index(lo[2]!); iz <= g.index(hi[2]!); iz++) g.add(ix, iy, iz, f);
    }
  }
  /** Distance to the surface, or Infinity if no triangle lies within maxDist. */
  distance(q: Vec3, maxDist: number): number {
    const { positions: p, indices: t } = this.mesh;
    const stamp = ++this.query;
    let best = Infinity;
    const v = (i: number): Vec3 => [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
    this.grid.around(q[0], q[1], q[2], maxDist, (f) => {
      if (this.stamp[f] === stamp) return;
      this.stamp[f] = stamp;
      const d = pointTriangleDistSq(q, v(t[3 * f]!), v(t[3 * f + 1]!), v(t[3 * f + 2]!));
      if (d < best) best = d;
    });
    const d = Math.sqrt(best);
    return d <= maxDist ? d : Infinity;
  }
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function dist2(a: Vec3, b: Vec3): number {
  const d = sub(a, b);
  return dot(d, d);
}
function lerp(a: Vec3, dir: Vec3, s: number): Vec3 {
  return [a[0] + dir[0] * s, a[1] + dir[1] * s, a[2] + dir[2] * s];
}
