import { zoneBounds, zoneDistance } from './zoneDistance';
import type { ResolvedZone } from './types';

/** Per-vertex referral weight: 0 none, 1 spillover, 2 essential. */
export const PAINT_NONE = 0;
export const PAINT_SPILLOVER = 1;
export const PAINT_ESSENTIAL = 2;

export interface PaintZones {
  essential: readonly ResolvedZone[];
  spillover: readonly ResolvedZone[];
}

/**
 * Paints referral zones onto mesh vertices for a shader: `vertices` holds xyz per vertex in model
 * space; the result holds one weight per vertex (essential wins over spillover). Pass `out` to reuse a
 * buffer (it is cleared first). `margin` (metres) grows every zone, e.g. to soften the edge on a
 * coarse mesh. Costs one bounds test per vertex and zone, plus a distance for vertices inside.
 */
export function paintWeights(vertices: Float32Array, zones: PaintZones, options: { out?: Uint8Array; margin?: number } = {}): Uint8Array {
  const n = Math.floor(vertices.length / 3);
  const out = options.out && options.out.length >= n ? options.out : new Uint8Array(n);
  out.fill(PAINT_NONE, 0, n);
  const margin = options.margin ?? 0;
  const paint = (zone: ResolvedZone, weight: number) => {
    const [x0, y0, z0, x1, y1, z1] = zoneBounds(zone);
    const p: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      if (out[i]! >= weight) continue;
      const x = vertices[3 * i]!;
      const y = vertices[3 * i + 1]!;
      const z = vertices[3 * i + 2]!;
      if (x < x0 - margin || x > x1 + margin || y < y0 - margin || y > y1 + margin || z < z0 - margin || z > z1 + margin) continue;
      p[0] = x;
      p[1] = y;
      p[2] = z;
      if (zoneDistance(zone, p) <= margin) out[i] = weight;
    }
  };
  for (const z of zones.essential) paint(z, PAINT_ESSENTIAL);
  for (const z of zones.spillover) paint(z, PAINT_SPILLOVER);
  return out;
}
