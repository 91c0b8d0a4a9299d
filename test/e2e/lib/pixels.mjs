// Pixel figures of a canvas screenshot: how much is drawn, and how much two images differ.
import { decodePng } from './png.mjs';

const THRESHOLD = 30; // sum of |ΔR|+|ΔG|+|ΔB| above which two pixels count as different

const diff = (d, i, e, j) => Math.abs(d[i] - e[j]) + Math.abs(d[i + 1] - e[j + 1]) + Math.abs(d[i + 2] - e[j + 2]);

/**
 * Share of pixels that are not background, where the background of each row is taken from its
 * leftmost and rightmost pixels (so a vertical gradient counts as background), and the standard
 * deviation of luminance over the whole image.
 */
export function drawnStats(png) {
  const { width: w, height: h, data: d } = decodePng(png);
  let drawn = 0, sum = 0, sum2 = 0;
  for (let y = 0; y < h; y++) {
    const left = y * w * 4, right = (y * w + w - 1) * 4;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      if (diff(d, i, d, left) > THRESHOLD && diff(d, i, d, right) > THRESHOLD) drawn++;
      const l = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      sum += l;
      sum2 += l * l;
    }
  }
  const n = w * h, mean = sum / n;
  return { width: w, height: h, drawnShare: drawn / n, lumaStd: Math.sqrt(Math.max(0, sum2 / n - mean * mean)) };
}

/** Share of pixels that differ between two screenshots of the same size. */
export function changedShare(pngA, pngB) {
  const a = decodePng(pngA), b = decodePng(pngB);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) if (diff(a.data, i, b.data, i) > THRESHOLD) changed++;
  return changed / (a.width * a.height);
}

export const pct = (x) => `${(100 * x).toFixed(1)}%`;
