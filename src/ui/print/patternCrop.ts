/**
 * Where to crop a body picture so the drawn pattern fills the paper: a full-body picture shows a
 * temple pattern as a speck. Pure pixel math (RGBA rows), so it is tested without a browser.
 */

export interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** Pixel bounds, x1/y1 exclusive. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the scene draws for a pattern: the referral red (#e3121b, shaded: saturated red) and the
 * trigger-point X (ink #111111). Skin is a light tan and the background white or transparent.
 */
export function isPatternPixel(r: number, g: number, b: number, a: number): boolean {
  if (a < 128) return false;
  const red = r > 150 && g < 0.28 * r && b < 0.3 * r;
  const ink = r < 50 && g < 50 && b < 50;
  return red || ink;
}

/** The bounds of the pattern's pixels, or null when there are none. */
export function patternBox(img: Rgba, isMark = isPatternPixel): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const d = img.data;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (!isMark(d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!)) continue;
      if (x < x0) x0 = x;
      if (x >= x1) x1 = x + 1;
      if (y < y0) y0 = y;
      if (y >= y1) y1 = y + 1;
    }
  }
  return x1 > x0 ? { x0, y0, x1, y1 } : null;
}

/** The smallest box holding all given boxes (null ones ignored). */
export function unionBox(boxes: ReadonlyArray<Box | null>): Box | null {
  const some = boxes.filter((b): b is Box => b !== null);
  if (some.length === 0) return null;
  return {
    x0: Math.min(...some.map((b) => b.x0)),
    y0: Math.min(...some.map((b) => b.y0)),
    x1: Math.max(...some.map((b) => b.x1)),
    y1: Math.max(...some.map((b) => b.y1)),
  };
}

/** Defaults: a small pattern on the head still shows the head and shoulders, so the client sees where it is. */
export const DEFAULT_CROP = { margin: 0.06, minShare: 0.3, aspect: 0.75 } as const;

export interface CropOptions {
  /** Space kept around the pattern, as a share of the picture's height. */
  margin?: number;
  /** The crop is never shorter than this share of the picture (keeps enough body to see where). */
  minShare?: number;
  /** Width over height of the crop (when the picture is wide enough). */
  aspect?: number;
}

/**
 * A crop of a `width`×`height` picture around `box`: centred on it, with a margin, at least
 * `minShare` of the height tall, `aspect` wide where the picture allows, and inside the picture.
 * No box: the whole picture.
 */
export function cropRect(box: Box | null, width: number, height: number, { margin = DEFAULT_CROP.margin, minShare = DEFAULT_CROP.minShare, aspect = DEFAULT_CROP.aspect }: CropOptions = {}): Rect {
  if (!box) return { x: 0, y: 0, width, height };
  const pad = margin * height;
  let h = Math.max(box.y1 - box.y0 + 2 * pad, minShare * height, (box.x1 - box.x0 + 2 * pad) / aspect);
  h = Math.min(height, Math.ceil(h));
  const w = Math.min(width, Math.ceil(Math.max(h * aspect, box.x1 - box.x0 + 2 * pad)));
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { x: Math.round(clamp(cx - w / 2, 0, width - w)), y: Math.round(clamp(cy - h / 2, 0, height - h)), width: w, height: h };
}
