/**
 * Distances between zones and points. A blob is a ball; a path is a chain of capsules (segments with
 * a radius of half the width), so every zone is a list of capsules and one routine serves both.
 * All functions are symmetric under mirroring (x → −x): they use only differences and dot products.
 */
import type { ResolvedZone, Vec3 } from './types';

type P = Readonly<Vec3>;

function sub(a: P, b: P): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function dot(a: P, b: P): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Distance from p to the segment ab (a point when a = b). */
export function pointSegmentDistance(p: P, a: P, b: P): number {
  const ab = sub(b, a);
  const ap = sub(p, a);
  const len2 = dot(ab, ab);
  const t = len2 > 0 ? clamp01(dot(ap, ab) / len2) : 0;
  const d: Vec3 = [ap[0] - ab[0] * t, ap[1] - ab[1] * t, ap[2] - ab[2] * t];
  return Math.sqrt(dot(d, d));
}

/**
 * Distance between the segments p1q1 and p2q2 (after Ericson, Real-Time Collision Detection §5.1.9).
 * Scalar arithmetic, no allocation: the pain finder calls this for every zone pair it compares.
 */
export function segmentSegmentDistance(p1: P, q1: P, p2: P, q2: P): number {
  const d1x = q1[0] - p1[0], d1y = q1[1] - p1[1], d1z = q1[2] - p1[2];
  const d2x = q2[0] - p2[0], d2y = q2[1] - p2[1], d2z = q2[2] - p2[2];
  const rx = p1[0] - p2[0], ry = p1[1] - p2[1], rz = p1[2] - p2[2];
  const a = d1x * d1x + d1y * d1y + d1z * d1z;
  const e = d2x * d2x + d2y * d2y + d2z * d2z;
  const f = d2x * rx + d2y * ry + d2z * rz;
  const EPS = 1e-18;
  let s: number;
  let t: number;
  if (a <= EPS && e <= EPS) {
    s = 0;
    t = 0;
  } else if (a <= EPS) {
    s = 0;
    t = clamp01(f / e);
  } else {
    const c = d1x * rx + d1y * ry + d1z * rz;
    if (e <= EPS) {
      t = 0;
      s = clamp01(-c / a);
    } else {
      const b = d1x * d2x + d1y * d2y + d1z * d2z;
      const denom = a * e - b * b;
      s = denom > EPS ? clamp01((b * f - c * e) / denom) : 0;
      t = (b * s + f) / e;
      if (t < 0) {
        t = 0;
        s = clamp01(-c / a);
      } else if (t > 1) {
        t = 1;
        s = clamp01((b - c) / a);
      }
    }
  }
  const dx = p1[0] + d1x * s - (p2[0] + d2x * t);
  const dy = p1[1] + d1y * s - (p2[1] + d2y * t);
  const dz = p1[2] + d1z * s - (p2[2] + d2z * t);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

interface Capsule {
  a: P;
  b: P;
  r: number;
}

function capsules(z: ResolvedZone): Capsule[] {
  if (z.kind === 'blob') return [{ a: z.center, b: z.center, r: z.radius }];
  const out: Capsule[] = [];
  const pts = z.points;
  if (pts.length === 1) out.push({ a: pts[0]!, b: pts[0]!, r: z.halfWidth });
  for (let i = 0; i + 1 < pts.length; i++) out.push({ a: pts[i]!, b: pts[i + 1]!, r: z.halfWidth });
  return out;
}

/** The zone's size: a blob's radius, a path's half-width. */
export function zoneScale(z: ResolvedZone): number {
  return z.kind === 'blob' ? z.radius : z.halfWidth;
}

/**
 * Signed distance from a point to a zone: blob → distance to the centre − radius; path → distance to
 * the polyline − width/2. Negative inside.
 */
export function zoneDistance(zone: ResolvedZone, point: P): number {
  let best = Infinity;
  for (const c of capsules(zone)) best = Math.min(best, pointSegmentDistance(point, c.a, c.b) - c.r);
  return best;
}

/** How deep a point lies inside a zone, 0 (on or outside the edge) to 1 (on the centre line). */
export function pointOverlap(zone: ResolvedZone, point: P): number {
  const scale = zoneScale(zone);
  return scale > 0 ? clamp01(-zoneDistance(zone, point) / scale) : 0;
}

/** The capsules of a zone as segment end points: blob → one point-capsule; a one-point path likewise. */
function segCount(z: ResolvedZone): number {
  return z.kind === 'blob' ? 1 : Math.max(1, z.points.length - 1);
}
function segA(z: ResolvedZone, i: number): P {
  return z.kind === 'blob' ? z.center : z.points[i]!;
}
function segB(z: ResolvedZone, i: number): P {
  return z.kind === 'blob' ? z.center : (z.points[i + 1] ?? z.points[i]!);
}

/** Gap between two zones (negative when they overlap, by the depth of the overlap). */
export function zoneSeparation(a: ResolvedZone, b: ResolvedZone): number {
  const ra = zoneScale(a);
  const rb = zoneScale(b);
  const na = segCount(a);
  const nb = segCount(b);
  let best = Infinity;
  for (let i = 0; i < na; i++) {
    const a0 = segA(a, i);
    const a1 = segB(a, i);
    for (let j = 0; j < nb; j++) best = Math.min(best, segmentSegmentDistance(a0, a1, segA(b, j), segB(b, j)) - ra - rb);
  }
  return best;
}

/**
 * How much two zones overlap, 0 (apart or touching) to 1 (the smaller lies well inside the larger):
 * the overlap depth relative to the smaller zone's diameter.
 */
export function zoneOverlap(a: ResolvedZone, b: ResolvedZone): number {
  const depth = -zoneSeparation(a, b);
  if (!(depth > 0)) return 0;
  const small = Math.min(zoneScale(a), zoneScale(b));
  return small > 0 ? clamp01(depth / (2 * small)) : 0;
}

/** Axis-aligned bounds of a zone, grown by its size: [minX, minY, minZ, maxX, maxY, maxZ]. */
export function zoneBounds(z: ResolvedZone): [number, number, number, number, number, number] {
  const pts = z.kind === 'blob' ? [z.center] : z.points;
  const r = zoneScale(z);
  const b: [number, number, number, number, number, number] = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    for (let k = 0; k < 3; k++) {
      b[k] = Math.min(b[k]!, p[k]! - r);
      b[k + 3] = Math.max(b[k + 3]!, p[k]! + r);
    }
  }
  return b;
}
