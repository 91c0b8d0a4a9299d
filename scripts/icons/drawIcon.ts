/**
 * Draws the Myomap app icon: a standing figure (white) on the accent blue, with a red "X" on one
 * shoulder (upper trapezius): the trigger-point mark of the Travell & Simons charts the app teaches.
 * Shapes are signed-distance capsules, anti-aliased by supersampling. Pure: pixels only.
 */

/** RGBA pixels, row by row. */
export interface IconPixels {
  size: number;
  rgba: Uint8Array;
}

export interface IconOptions {
  /**
   * Maskable icons (launchers crop them to a circle, squircle …): the background fills the whole
   * square and the figure is shrunk into the safe zone, a centred circle of radius 40% of the size.
   */
  maskable?: boolean;
}

/** Colours from src/ui/theme.css (light theme): --accent, --accent-fg, --referral. */
export const ICON_COLOURS = {
  background: [0x16, 0x46, 0xc8],
  figure: [0xff, 0xff, 0xff],
  mark: [0xe3, 0x12, 0x1b],
} as const;

/** Scale of the figure about the centre in a maskable icon, so it lies inside the safe zone. */
export const MASKABLE_SCALE = 0.78;
const CORNER = 0.2; // corner radius of the plain icon's rounded square, as a share of the size
const SAMPLES = 4; // supersampling per axis

type Capsule = readonly [ax: number, ay: number, bx: number, by: number, r: number];

// Unit square, y down. A silhouette has no front or back, so the mark simply sits on one shoulder.
const FIGURE: readonly Capsule[] = [
  [0.5, 0.195, 0.5, 0.195, 0.072], // head
  [0.385, 0.335, 0.615, 0.335, 0.05], // shoulders
  [0.5, 0.36, 0.5, 0.53, 0.09], // trunk
  [0.36, 0.35, 0.305, 0.585, 0.038], // arms, a little away from the trunk (anatomical position)
  [0.64, 0.35, 0.695, 0.585, 0.038],
  [0.455, 0.55, 0.432, 0.83, 0.044], // legs
  [0.545, 0.55, 0.568, 0.83, 0.044],
];
const MARK_AT = [0.575, 0.36] as const;
const MARK_ARM = 0.048;
const MARK: readonly Capsule[] = [
  [MARK_AT[0] - MARK_ARM, MARK_AT[1] - MARK_ARM, MARK_AT[0] + MARK_ARM, MARK_AT[1] + MARK_ARM, 0.016],
  [MARK_AT[0] - MARK_ARM, MARK_AT[1] + MARK_ARM, MARK_AT[0] + MARK_ARM, MARK_AT[1] - MARK_ARM, 0.016],
];

function insideCapsules(shapes: readonly Capsule[], x: number, y: number): boolean {
  for (const [ax, ay, bx, by, r] of shapes) {
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const px = x - (ax + t * dx);
    const py = y - (ay + t * dy);
    if (px * px + py * py <= r * r) return true;
  }
  return false;
}

function insideRoundedSquare(x: number, y: number): boolean {
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - CORNER), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - CORNER), 0);
  return qx * qx + qy * qy <= CORNER * CORNER;
}

/** The colour of one point of the icon (unit coordinates), or null where it is transparent. */
export function iconColourAt(x: number, y: number, { maskable = false }: IconOptions = {}): readonly [number, number, number] | null {
  if (!maskable && !insideRoundedSquare(x, y)) return null;
  // Figure space: maskable icons draw the same figure, shrunk about the centre.
  const s = maskable ? MASKABLE_SCALE : 1;
  const fx = 0.5 + (x - 0.5) / s;
  const fy = 0.5 + (y - 0.5) / s;
  if (insideCapsules(MARK, fx, fy)) return ICON_COLOURS.mark;
  if (insideCapsules(FIGURE, fx, fy)) return ICON_COLOURS.figure;
  return ICON_COLOURS.background;
}

/** Renders a size × size icon. */
export function drawIcon(size: number, options: IconOptions = {}): IconPixels {
  const rgba = new Uint8Array(size * size * 4);
  const at = (x: number, y: number) => iconColourAt(x / size, y / size, options);
  // Colours at pixel corners: a pixel whose corners and centre agree is filled without
  // supersampling (shapes are several pixels wide, so none hides inside one pixel).
  const corners: (readonly [number, number, number] | null)[] = [];
  for (let y = 0; y <= size; y++) for (let x = 0; x <= size; x++) corners.push(at(x, y));
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const c00 = corners[py * (size + 1) + px]!;
      const uniform =
        c00 === corners[py * (size + 1) + px + 1] &&
        c00 === corners[(py + 1) * (size + 1) + px] &&
        c00 === corners[(py + 1) * (size + 1) + px + 1] &&
        c00 === at(px + 0.5, py + 0.5);
      let r = 0, g = 0, b = 0, a = 0;
      if (uniform) {
        if (c00) [r, g, b, a] = [c00[0] * n, c00[1] * n, c00[2] * n, n];
      } else {
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const c = at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
            if (!c) continue;
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / n);
    }
  }
  return { size, rgba };
}
