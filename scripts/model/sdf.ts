/**
 * Signed-distance primitives (negative inside, positive outside, in metres). The generator
 * composes them into the skin and the bones; manifold's levelSet wants the opposite sign, so
 * polygonise.ts negates at the boundary.
 */
import type { V3 } from './vec';

export type Sdf = (x: number, y: number, z: number) => number;

/** Distance from p to segment ab, and the parameter t ∈ [0,1] of the closest point. */
export function segmentT(px: number, py: number, pz: number, a: V3, b: V3): number {
  const bax = b[0] - a[0], bay = b[1] - a[1], baz = b[2] - a[2];
  const pax = px - a[0], pay = py - a[1], paz = pz - a[2];
  const denom = bax * bax + bay * bay + baz * baz;
  if (denom === 0) return 0;
  const t = (pax * bax + pay * bay + paz * baz) / denom;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

export function segmentDistance(px: number, py: number, pz: number, a: V3, b: V3): number {
  const t = segmentT(px, py, pz, a, b);
  const dx = px - (a[0] + (b[0] - a[0]) * t);
  const dy = py - (a[1] + (b[1] - a[1]) * t);
  const dz = pz - (a[2] + (b[2] - a[2]) * t);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** Capsule whose radius goes linearly from ra at a to rb at b (a cheap "round cone"). */
export function taperedCapsule(a: V3, b: V3, ra: number, rb: number): Sdf {
  return (x, y, z) => {
    const t = segmentT(x, y, z, a, b);
    const dx = x - (a[0] + (b[0] - a[0]) * t);
    const dy = y - (a[1] + (b[1] - a[1]) * t);
    const dz = z - (a[2] + (b[2] - a[2]) * t);
    return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * t);
  };
}

export function capsule(a: V3, b: V3, r: number): Sdf {
  return taperedCapsule(a, b, r, r);
}

/** Approximate ellipsoid distance (Inigo Quilez's bound), good near the surface. */
export function ellipsoid(c: V3, r: V3): Sdf {
  return (x, y, z) => {
    const px = (x - c[0]) / r[0], py = (y - c[1]) / r[1], pz = (z - c[2]) / r[2];
    const k0 = Math.sqrt(px * px + py * py + pz * pz);
    const qx = px / r[0], qy = py / r[1], qz = pz / r[2];
    const k1 = Math.sqrt(qx * qx + qy * qy + qz * qz);
    if (k1 === 0) return -Math.min(r[0], r[1], r[2]);
    return (k0 * (k0 - 1)) / k1;
  };
}

/** Polynomial smooth minimum: blends two distances over a band of width k. */
export function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** Smooth union of parts; each part may carry its own blend width. */
export function smoothUnion(parts: readonly { sdf: Sdf; k: number }[]): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const p of parts) {
      const e = p.sdf(x, y, z);
      d = d === Infinity ? e : smin(d, e, p.k);
    }
    return d;
  };
}

export function union(parts: readonly Sdf[]): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const p of parts) d = Math.min(d, p(x, y, z));
    return d;
  };
}

/** Bilaterally symmetric version of an SDF written for the left (+X) side. */
export function mirrored(f: Sdf): Sdf {
  return (x, y, z) => f(Math.abs(x), y, z);
}
