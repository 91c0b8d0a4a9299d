/** Queries against the skin's implicit surface: snapping points onto it, depth below it. */
import type { Sdf } from './sdf';
import { add, norm, scale, type V3 } from './vec';

/**
 * Walk along `dir` through p and return the point `depth` metres under the last place where the
 * surface is crossed from inside to outside (the skin above p in that direction).
 */
export function snapToSurface(sdf: Sdf, p: V3, dir: V3, depth = 0.004): V3 {
  const d = norm(dir);
  let prevT = -0.2;
  let prev = sdf(...add(p, scale(d, prevT)));
  let hit: number | null = null;
  for (let t = -0.2 + 0.002; t <= 0.3; t += 0.002) {
    const cur = sdf(...add(p, scale(d, t)));
    if (prev < 0 && cur >= 0) {
      // refine by bisection
      let lo = prevT, hi = t;
      for (let i = 0; i < 20; i++) {
        const mid = (lo + hi) / 2;
        if (sdf(...add(p, scale(d, mid))) < 0) lo = mid;
        else hi = mid;
      }
      hit = (lo + hi) / 2;
      if (t > 0) break;
    }
    prev = cur;
    prevT = t;
  }
  if (hit === null) throw new Error(`no skin found from [${p.join(', ')}] along [${dir.join(', ')}]`);
  return add(p, scale(d, hit - depth));
}

/** Unit gradient of an SDF by central differences (points away from the inside). */
export function gradient(sdf: Sdf, x: number, y: number, z: number, h = 0.001): V3 {
  return norm([
    sdf(x + h, y, z) - sdf(x - h, y, z),
    sdf(x, y + h, z) - sdf(x, y - h, z),
    sdf(x, y, z + h) - sdf(x, y, z - h),
  ]);
}

/** Move p onto the surface along the gradient, then `depth` metres inward. */
export function projectToSurface(sdf: Sdf, p: V3, depth = 0): V3 {
  let q = p;
  for (let i = 0; i < 4; i++) {
    const d = sdf(...q);
    const g = gradient(sdf, ...q);
    q = add(q, scale(g, -d));
  }
  const g = gradient(sdf, ...q);
  return add(q, scale(g, -depth));
}
