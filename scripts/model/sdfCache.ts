/**
 * A lazily filled grid of SDF samples with trilinear interpolation. The skin's SDF is queried
 * millions of times while muscles are shaped (depth under the skin); sampling it once per grid
 * corner makes that cheap. Accurate to well under a millimetre for the smooth skin at 5 mm spacing.
 */
import type { Sdf } from './sdf';
import type { V3 } from './vec';

export function cachedSymmetricSdf(sdf: Sdf, bounds: { min: V3; max: V3 }, h: number): Sdf {
  // x ≥ 0 only: the body is symmetric, so the right half reads the left half's samples.
  const x0 = 0, y0 = bounds.min[1], z0 = bounds.min[2];
  const nx = Math.ceil(bounds.max[0] / h) + 2;
  const ny = Math.ceil((bounds.max[1] - y0) / h) + 2;
  const nz = Math.ceil((bounds.max[2] - z0) / h) + 2;
  const grid = new Float32Array(nx * ny * nz).fill(Number.NaN);
  const at = (i: number, j: number, k: number): number => {
    const idx = (i * ny + j) * nz + k;
    let val = grid[idx] as number;
    if (Number.isNaN(val)) {
      val = sdf(x0 + i * h, y0 + j * h, z0 + k * h);
      grid[idx] = val;
    }
    return val;
  };
  return (xIn, y, z) => {
    const x = Math.abs(xIn);
    const fx = (x - x0) / h, fy = (y - y0) / h, fz = (z - z0) / h;
    const i = Math.floor(fx), j = Math.floor(fy), k = Math.floor(fz);
    if (i < 0 || j < 0 || k < 0 || i >= nx - 1 || j >= ny - 1 || k >= nz - 1) return sdf(xIn, y, z);
    const tx = fx - i, ty = fy - j, tz = fz - k;
    const c00 = at(i, j, k) * (1 - tx) + at(i + 1, j, k) * tx;
    const c10 = at(i, j + 1, k) * (1 - tx) + at(i + 1, j + 1, k) * tx;
    const c01 = at(i, j, k + 1) * (1 - tx) + at(i + 1, j, k + 1) * tx;
    const c11 = at(i, j + 1, k + 1) * (1 - tx) + at(i + 1, j + 1, k + 1) * tx;
    return (c00 * (1 - ty) + c10 * ty) * (1 - tz) + (c01 * (1 - ty) + c11 * ty) * tz;
  };
}
