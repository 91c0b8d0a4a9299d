/**
 * Muscle shapes as signed-distance functions.
 *
 * A `sheet` muscle follows the body: fibres run from points on an origin line to points on an
 * insertion line, are laid onto the skin, and the muscle is the part of a shell under the skin
 * (between `outer` and `outer + thickness` deep) that lies within the fibres' strip. Thickness
 * swells in the belly and tapers to the ends and edges, so each muscle reads as a belly with a
 * groove against its neighbours. A `belly` muscle is a spindle swept along a path (deep muscles
 * such as iliopsoas or piriformis), kept at least `minDepth` under the skin.
 */
import type { Layer } from '../../src/domain/anatomy/types';
import { projectToSurface } from './surface';
import { type Sdf, segmentT, smin } from './sdf';
import { skinSdf } from './skin';
import { alongPolyline, len, sub, type V3 } from './vec';

export interface SheetSpec {
  kind: 'sheet';
  id: string;
  origin: V3[];
  insertion: V3[];
  /** Number of fibres across the strip (default 7). */
  fibres?: number;
  /** Minimum half-width of a fibre's strip, metres (default 0.012). */
  width?: number;
  /** Depth of the muscle's outer face under the skin (default by layer). */
  outer?: number;
  /** Greatest thickness in the belly (default by layer). */
  thickness?: number;
  /** Intermediate points every fibre passes near (fractions along), for curved muscles. */
  via?: V3[][];
  /** Same-layer muscles this one lies over: where strips overlap, this one wins outright. */
  over?: string[];
  /** Half-space the muscle must stay in: dot(n, p) ≤ d (e.g. keeps a wrap-around muscle off the front). */
  keep?: { n: V3; d: number };
}

export interface BellySpec {
  kind: 'belly';
  id: string;
  path: V3[];
  radius: number;
  /** Radius at the ends as a fraction of `radius` (default 0.3). */
  ends?: number;
  /** Stay at least this far under the skin (default 0.012). */
  minDepth?: number;
  /** Flatten the spindle: scale of the cross-section along this axis (unit vector, factor). */
  flatten?: { axis: V3; factor: number };
}

export type MuscleSpec = SheetSpec | BellySpec;

export const LAYER_DEPTH: Record<Layer, { outer: number; thickness: number }> = {
  superficial: { outer: 0.0025, thickness: 0.013 },
  intermediate: { outer: 0.018, thickness: 0.011 },
  deep: { outer: 0.031, thickness: 0.012 },
};

interface Fibre {
  pts: V3[];
  /** Half-width of the strip at each point. */
  w: number[];
  /** Per segment: midpoint and a radius that bounds the segment's capsule (for culling). */
  mid: V3[];
  reach: number[];
}

const SAMPLES = 10;
/** Blend between neighbouring fibre capsules, so strip edges and grooves are smooth curves. */
const STRIP_BLEND = 0.012;

function buildFibres(spec: SheetSpec, centreDepth: number): Fibre[] {
  const n = spec.fibres ?? 7;
  const raw: V3[][] = [];
  for (let i = 0; i < n; i++) {
    const s = n === 1 ? 0.5 : i / (n - 1);
    const a = alongPolyline(spec.origin, s);
    const b = alongPolyline(spec.insertion, s);
    const ctrl = [a, ...(spec.via ?? []).map((line) => alongPolyline(line, s)), b];
    const pts: V3[] = [];
    for (let k = 0; k <= SAMPLES; k++) {
      const p = alongPolyline(ctrl, k / SAMPLES);
      pts.push(projectToSurface(skinSdf, p, centreDepth));
    }
    raw.push(pts);
  }
  const minW = spec.width ?? 0.012;
  return raw.map((pts, i) => {
    const w = pts.map((p, k) => {
      const nb = [raw[i - 1]?.[k], raw[i + 1]?.[k]].filter((q): q is V3 => !!q);
      const gap = nb.length ? Math.min(...nb.map((q) => len(sub(q, p)))) : 0;
      return Math.max(minW, gap * 0.5);
    });
    const segs = pts.slice(1).map((b, k) => [pts[k] as V3, b] as const);
    return {
      pts,
      w,
      mid: segs.map(([a, b]) => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2] as V3),
      reach: segs.map(([a, b], k) => len(sub(b, a)) / 2 + Math.max(w[k] as number, w[k + 1] as number)),
    };
  });
}

/** Signed distance to the strip (negative inside) and the along-fibre parameter u ∈ [0,1]. */
function stripDistance(fibres: Fibre[], x: number, y: number, z: number): { d: number; u: number } {
  let best = Infinity, hard = Infinity, bestU = 0;
  for (const f of fibres) {
    for (let k = 0; k < f.pts.length - 1; k++) {
      // skip segments that cannot change the blended minimum (exact: smin ignores d ≥ best + k)
      const m = f.mid[k] as V3;
      const far = Math.sqrt((x - m[0]) ** 2 + (y - m[1]) ** 2 + (z - m[2]) ** 2) - (f.reach[k] as number);
      if (far > best + STRIP_BLEND) continue;
      const a = f.pts[k] as V3, b = f.pts[k + 1] as V3;
      const t = segmentT(x, y, z, a, b);
      const dx = x - (a[0] + (b[0] - a[0]) * t), dy = y - (a[1] + (b[1] - a[1]) * t), dz = z - (a[2] + (b[2] - a[2]) * t);
      const w = (f.w[k] as number) * (1 - t) + (f.w[k + 1] as number) * t;
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz) - w;
      if (d < hard) {
        hard = d;
        bestU = (k + t) / (f.pts.length - 1);
      }
      best = best === Infinity ? d : smin(best, d, STRIP_BLEND);
    }
  }
  return { d: best, u: bestU };
}

const smooth = (e0: number, e1: number, x: number): number => {
  const t = Math.min(Math.max((x - e0) / (e1 - e0), 0), 1);
  return t * t * (3 - 2 * t);
};

export interface ShapedMuscle {
  id: string;
  /** SDF of the muscle, negative inside. `others` gives the strip distance of same-layer neighbours for grooves. */
  sdf: Sdf;
  /** Region distance only (for neighbours' grooves); undefined for bellies. */
  strip?: (x: number, y: number, z: number) => number;
  /** Ids of same-layer muscles this one covers. */
  over: string[];
  box: { min: V3; max: V3 };
}

const GROOVE = 0.0025;

export function shapeSheet(spec: SheetSpec, layer: Layer, neighbours: () => ShapedMuscle[]): ShapedMuscle {
  const base = LAYER_DEPTH[layer];
  const outer = spec.outer ?? base.outer;
  const thick = spec.thickness ?? base.thickness;
  const fibres = buildFibres(spec, outer + thick * 0.5);
  const strip = (x: number, y: number, z: number): number => stripDistance(fibres, x, y, z).d;
  let nbCache: ShapedMuscle[] | null = null;
  const covers = new Set(spec.over ?? []);
  const sdf: Sdf = (x, y, z) => {
    const depth = -skinSdf(x, y, z);
    const shellOuter = outer - depth;
    if (shellOuter > 0.01 || depth - (outer + thick) > 0.01) return Math.max(shellOuter, depth - outer - thick);
    const { d, u } = stripDistance(fibres, x, y, z);
    const along = Math.pow(Math.sin(Math.PI * Math.min(Math.max(u, 0.02), 0.98)), 0.6);
    const edge = smooth(0, 0.02, -d);
    const t = Math.max(0.0065, thick * (0.45 + 0.55 * along) * (0.55 + 0.45 * edge));
    let f = Math.max(shellOuter, depth - outer - t, d, 0.001 - x);
    if (spec.keep) f = Math.max(f, spec.keep.n[0] * x + spec.keep.n[1] * y + spec.keep.n[2] * z - spec.keep.d);
    nbCache ??= neighbours();
    for (const n of nbCache) {
      if (!n.strip || covers.has(n.id)) continue;
      const e = n.strip(x, y, z);
      // a covering neighbour excludes this muscle from its strip; an equal one splits the overlap
      if (n.over.includes(spec.id)) f = Math.max(f, GROOVE - e);
      else if (e < d + 0.02) f = Math.max(f, (d - e + GROOVE) / 2);
    }
    return f;
  };
  const all = fibres.flatMap((f) => f.pts);
  const pad = Math.max(...fibres.flatMap((f) => f.w)) + thick + 0.01;
  return { id: spec.id, sdf, strip, over: spec.over ?? [], box: bounds(all, pad) };
}

export function shapeBelly(spec: BellySpec): ShapedMuscle {
  const ends = spec.ends ?? 0.3;
  const minDepth = spec.minDepth ?? 0.012;
  const path = spec.path;
  const segLen = path.slice(1).map((p, i) => len(sub(p, path[i] as V3)));
  const total = segLen.reduce((a, b) => a + b, 0);
  const sdf: Sdf = (x, y, z) => {
    let best = Infinity;
    let acc = 0;
    for (let k = 0; k < path.length - 1; k++) {
      const a = path[k] as V3, b = path[k + 1] as V3;
      const t = segmentT(x, y, z, a, b);
      let dx = x - (a[0] + (b[0] - a[0]) * t), dy = y - (a[1] + (b[1] - a[1]) * t), dz = z - (a[2] + (b[2] - a[2]) * t);
      if (spec.flatten) {
        const { axis, factor } = spec.flatten;
        const along = dx * axis[0] + dy * axis[1] + dz * axis[2];
        const k2 = along * (1 / factor - 1);
        dx += axis[0] * k2; dy += axis[1] * k2; dz += axis[2] * k2;
      }
      const u = (acc + (segLen[k] as number) * t) / total;
      const r = spec.radius * (ends + (1 - ends) * Math.pow(Math.sin(Math.PI * u), 0.8));
      best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz) - r);
      acc += segLen[k] as number;
    }
    const depth = -skinSdf(x, y, z);
    return Math.max(best, minDepth - depth, 0.001 - x);
  };
  return { id: spec.id, sdf, over: [], box: bounds(path, spec.radius + 0.01) };
}

function bounds(points: V3[], pad: number): { min: V3; max: V3 } {
  const min: V3 = [Infinity, Infinity, Infinity], max: V3 = [-Infinity, -Infinity, -Infinity];
  for (const p of points) for (let c = 0; c < 3; c++) {
    min[c] = Math.min(min[c] as number, (p[c] as number) - pad);
    max[c] = Math.max(max[c] as number, (p[c] as number) + pad);
  }
  min[0] = Math.max(min[0], 0);
  return { min, max };
}
