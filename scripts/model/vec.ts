/** Small 3-vector helpers for the generator (plain tuples; the generator needs no three.js). */
export type V3 = [number, number, number];

export const v = (x: number, y: number, z: number): V3 => [x, y, z];
export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const len = (a: V3): number => Math.hypot(a[0], a[1], a[2]);
export const lerp = (a: V3, b: V3, t: number): V3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const norm = (a: V3): V3 => {
  const l = len(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const mirrorX = (a: V3): V3 => [-a[0], a[1], a[2]];

/** Point on a Catmull-Rom-free polyline at arc-length fraction t ∈ [0, 1]. */
export function alongPolyline(points: readonly V3[], t: number): V3 {
  if (points.length === 1) return points[0] as V3;
  const seg: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const l = len(sub(points[i] as V3, points[i - 1] as V3));
    seg.push(l);
    total += l;
  }
  let target = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 0; i < seg.length; i++) {
    const l = seg[i] as number;
    if (target <= l || i === seg.length - 1) {
      return lerp(points[i] as V3, points[i + 1] as V3, l > 0 ? Math.min(target / l, 1) : 0);
    }
    target -= l;
  }
  return points[points.length - 1] as V3;
}
