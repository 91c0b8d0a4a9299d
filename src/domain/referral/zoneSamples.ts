/**
 * Sample points inside zones, for area-overlap measures ("how much of the painted area does this
 * referral zone cover, and how much of the zone lies in the painted area").
 *
 * Why sampling: the overlap depth of two zones (zoneOverlap) saturates as soon as the smaller one lies
 * inside the larger, so every pattern that touches a large region scored the same. Counting sample
 * points of one zone that fall inside another gives a fraction of its volume that keeps growing with
 * the real overlap.
 *
 * The samples are deterministic and come in mirror pairs (x and −x offsets around the same centre
 * point), so the samples of a mirrored zone are exactly the mirrored samples: every fraction computed
 * from them is the same on the left and the right (the ranking's mirror symmetry depends on it).
 */
import type { ResolvedZone } from './types';

/** Mirror pairs in a blob's sample set (2 × this many points). */
const BLOB_PAIRS = 5;
/** Pairs along a path: grows with the path's length in half-widths, within these bounds. */
const PATH_PAIRS_MIN = 5;
const PATH_PAIRS_MAX = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const patterns = new Map<number, Float64Array>();

/**
 * `pairs` offsets in the unit ball, spread evenly by volume (radius ∝ cube root, directions on a
 * Fibonacci sphere); only x ≥ 0 halves are stored, the mirror is added when placing.
 */
function ballPattern(pairs: number): Float64Array {
  let p = patterns.get(pairs);
  if (p) return p;
  p = new Float64Array(3 * pairs);
  for (let k = 0; k < pairs; k++) {
    const r = Math.cbrt((k + 0.5) / pairs);
    const z = 1 - (2 * (k + 0.5)) / pairs;
    const ring = Math.sqrt(Math.max(0, 1 - z * z));
    const phi = k * GOLDEN_ANGLE;
    p[3 * k] = Math.abs(ring * Math.cos(phi)) * r;
    p[3 * k + 1] = ring * Math.sin(phi) * r;
    p[3 * k + 2] = z * r;
  }
  patterns.set(pairs, p);
  return p;
}

function segLength(a: readonly number[], b: readonly number[]): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const dz = b[2]! - a[2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** xyz triples of sample points inside the zone (callers cache them: PlacedZone.samples). */
export function zoneSamples(zone: ResolvedZone): Float64Array {
  const pts = zone.kind === 'blob' ? [zone.center] : zone.points;
  const r = zone.kind === 'blob' ? zone.radius : zone.halfWidth;
  let total = 0;
  for (let i = 0; i + 1 < pts.length; i++) total += segLength(pts[i]!, pts[i + 1]!);
  const pairs = total > 0 && r > 0 ? Math.min(PATH_PAIRS_MAX, Math.max(PATH_PAIRS_MIN, Math.ceil(3 + (1.5 * total) / r))) : BLOB_PAIRS;
  const u = ballPattern(pairs);
  const out = new Float64Array(6 * pairs);
  let seg = 0;
  let segStart = 0;
  for (let k = 0; k < pairs; k++) {
    // The centre of pair k: stratified along the path's length (the single point of a blob).
    let cx = pts[0]![0];
    let cy = pts[0]![1];
    let cz = pts[0]![2];
    if (total > 0) {
      const s = ((k + 0.5) / pairs) * total;
      while (seg + 2 < pts.length) {
        const len = segLength(pts[seg]!, pts[seg + 1]!);
        if (segStart + len >= s) break;
        segStart += len;
        seg++;
      }
      const a = pts[seg]!;
      const b = pts[seg + 1]!;
      const len = segLength(a, b);
      const t = len > 0 ? Math.min(1, Math.max(0, (s - segStart) / len)) : 0;
      cx = a[0] + (b[0] - a[0]) * t;
      cy = a[1] + (b[1] - a[1]) * t;
      cz = a[2] + (b[2] - a[2]) * t;
    }
    const ux = u[3 * k]! * r;
    const uy = u[3 * k + 1]! * r;
    const uz = u[3 * k + 2]! * r;
    const o = 6 * k;
    out[o] = cx + ux;
    out[o + 1] = cy + uy;
    out[o + 2] = cz + uz;
    out[o + 3] = cx - ux;
    out[o + 4] = cy + uy;
    out[o + 5] = cz + uz;
  }
  return out;
}

/**
 * A zone as a flat capsule table for fast inside tests: per capsule a (xyz), b − a (xyz),
 * 1/|b − a|² (0 for a point) and radius².
 */
export function capsuleTable(zone: ResolvedZone): Float64Array {
  const pts = zone.kind === 'blob' ? [zone.center] : zone.points;
  const r = zone.kind === 'blob' ? zone.radius : zone.halfWidth;
  const n = Math.max(1, pts.length - 1);
  const out = new Float64Array(8 * n);
  for (let i = 0; i < n; i++) {
    const a = pts[i]!;
    const b = pts[i + 1] ?? a;
    const abx = b[0] - a[0];
    const aby = b[1] - a[1];
    const abz = b[2] - a[2];
    const len2 = abx * abx + aby * aby + abz * abz;
    const o = 8 * i;
    out[o] = a[0];
    out[o + 1] = a[1];
    out[o + 2] = a[2];
    out[o + 3] = abx;
    out[o + 4] = aby;
    out[o + 5] = abz;
    out[o + 6] = len2 > 0 ? 1 / len2 : 0;
    out[o + 7] = r * r;
  }
  return out;
}

/** Whether (x, y, z) lies inside the zone given as a capsule table (on the edge counts). Allocation-free. */
export function insideCapsules(c: Float64Array, x: number, y: number, z: number): boolean {
  for (let i = 0; i < c.length; i += 8) {
    const apx = x - c[i]!;
    const apy = y - c[i + 1]!;
    const apz = z - c[i + 2]!;
    const abx = c[i + 3]!;
    const aby = c[i + 4]!;
    const abz = c[i + 5]!;
    let t = (apx * abx + apy * aby + apz * abz) * c[i + 6]!;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const dx = apx - abx * t;
    const dy = apy - aby * t;
    const dz = apz - abz * t;
    if (dx * dx + dy * dy + dz * dz <= c[i + 7]!) return true;
  }
  return false;
}

/** Whether (x, y, z) lies inside the zone (on the edge counts). */
export function insideZone(zone: ResolvedZone, x: number, y: number, z: number): boolean {
  return insideCapsules(capsuleTable(zone), x, y, z);
}
