/**
 * Point-in-closed-mesh by ray parity: cast axis-aligned rays in +X, +Y and +Z, count crossings,
 * take the majority (robust against a ray grazing an edge). Each axis has a 2D grid of triangles
 * over the other two coordinates, so a query touches only the triangles in one column.
 */
import type { TriMesh, Vec3 } from './glb';
import { SurfaceIndex } from './spatial';

// Tiny, irrational-looking offsets so rays do not run exactly through grid-aligned vertices or edges.
const JITTER: [number, number] = [1.2345678e-7, 2.7182818e-7];

class AxisColumns {
  private u: number;
  private v: number;
  private min: [number, number] = [Infinity, Infinity];
  private cell: number;
  private nu: number;
  private nv: number;
  private cols: number[][];

  constructor(private mesh: TriMesh, private axis: 0 | 1 | 2) {
    this.u = (axis + 1) % 3;
    this.v = (axis + 2) % 3;
    const { positions: p, indices: t } = mesh;
    const max: [number, number] = [-Infinity, -Infinity];
    for (let i = 0; i < p.length; i += 3) {
      this.min[0] = Math.min(this.min[0], p[i + this.u]!);
      this.min[1] = Math.min(this.min[1], p[i + this.v]!);
      max[0] = Math.max(max[0], p[i + this.u]!);
      max[1] = Math.max(max[1], p[i + this.v]!);
    }
    const tris = t.length / 3;
    const res = Math.min(512, Math.max(8, Math.ceil(Math.sqrt(tris))));
    this.cell = Math.max(max[0] - this.min[0], max[1] - this.min[1], 1e-6) / res + 1e-9;
    this.nu = Math.floor((max[0] - this.min[0]) / this.cell) + 1;
    this.nv = Math.floor((max[1] - this.min[1]) / this.cell) + 1;
    this.cols = Array.from({ length: this.nu * this.nv }, () => []);
    for (let f = 0; f < tris; f++) {
      let u0 = Infinity, u1 = -Infinity, v0 = Infinity, v1 = -Infinity;
      for (let k = 0; k < 3; k++) {
        const i = 3 * t[3 * f + k]!;
        u0 = Math.min(u0, p[i + this.u]!); u1 = Math.max(u1, p[i + this.u]!);
        v0 = Math.min(v0, p[i + this.v]!); v1 = Math.max(v1, p[i + this.v]!);
      }
      for (let a = this.cu(u0); a <= this.cu(u1); a++)
        for (let b = this.cv(v0); b <= this.cv(v1); b++) this.cols[a * this.nv + b]!.push(f);
    }
  }
  private cu(x: number): number {
    return Math.min(this.nu - 1, Math.max(0, Math.floor((x - this.min[0]) / this.cell)));
  }
  private cv(x: number): number {
    return Math.min(this.nv - 1, Math.max(0, Math.floor((x - this.min[1]) / this.cell)));
  }

  /** Number of triangles the ray from q in the +axis direction crosses. */
  crossings(q: Vec3): number {
    const qu = q[this.u]! + JITTER[0], qv = q[this.v]! + JITTER[1], qa = q[this.axis];
    const a = Math.floor((qu - this.min[0]) / this.cell), b = Math.floor((qv - this.min[1]) / this.cell);
    if (a < 0 || b < 0 || a >= this.nu || b >= this.nv) return 0;
    const { positions: p, indices: t } = this.mesh;
    let n = 0;
    for (const f of this.cols[a * this.nv + b]!) {
      const i0 = 3 * t[3 * f]!, i1 = 3 * t[3 * f + 1]!, i2 = 3 * t[3 * f + 2]!;
      const au = p[i0 + this.u]! - qu, av = p[i0 + this.v]! - qv;
      const bu = p[i1 + this.u]! - qu, bv = p[i1 + this.v]! - qv;
      const cu = p[i2 + this.u]! - qu, cv = p[i2 + this.v]! - qv;
      // Signed areas of the query point against each edge (2D, in the u-v plane).
      const w0 = bu * cv - bv * cu, w1 = cu * av - cv * au, w2 = au * bv - av * bu;
      if (!((w0 > 0 && w1 > 0 && w2 > 0) || (w0 < 0 && w1 < 0 && w2 < 0))) continue;
      const s = w0 + w1 + w2;
      const hit = (w0 * p[i0 + this.axis]! + w1 * p[i1 + this.axis]! + w2 * p[i2 + this.axis]!) / s;
      if (hit > qa) n++;
    }
    return n;
  }
}

export class InsideTester {
  private axes: AxisColumns[];
  private surface: SurfaceIndex;
  constructor(mesh: TriMesh) {
    this.axes = [0, 1, 2].map((a) => new AxisColumns(mesh, a as 0 | 1 | 2));
    this.surface = new SurfaceIndex(mesh, 0.01);
  }
  /** Strictly inside by ray parity (majority of three axes). */
  contains(q: Vec3): boolean {
    let votes = 0;
    for (const ax of this.axes) if (ax.crossings(q) % 2 === 1) votes++;
    return votes >= 2;
  }
  /**
   * 0 when the point is inside; otherwise its distance to the surface if that is within
   * `searchRadius`, else Infinity (outside by more than the search radius).
   */
  outsideBy(q: Vec3, searchRadius = 0.05): number {
    if (this.contains(q)) return 0;
    return this.surface.distance(q, searchRadius);
  }
}
