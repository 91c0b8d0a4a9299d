import { Color } from 'three';

/** Scene colours (sRGB hex; three converts them to linear). */
export const PALETTE = {
  muscle: '#a4463a',
  selected: '#ffc933',
  outline: '#1646c8',
  bone: '#ece3cf',
  skin: '#d9a98c',
  /** Referral zones: essential solid, spillover dotted; a dark line along zone edges. */
  referral: '#e3121b',
  referralEdge: '#3d0306',
  referralGround: '#fff4f2',
  /** Trigger-point X markers and their halo. */
  marker: '#111111',
  markerHalo: '#ffffff',
  /** The user's own painting and answers (quiz, pain finder): blue, hatched, so it is not colour alone. */
  user: '#1d5fd6',
} as const;

const base = new Color(PALETTE.muscle);
const white = new Color('#ffffff');
const selected = new Color(PALETTE.selected);

/**
 * A muscle's own shade: the base red-brown varied in lightness and hue by its catalogue position
 * (golden-ratio steps, so neighbours in a region differ). Both sides share the shade.
 */
export function muscleBaseColor(catalogueIndex: number, out: Color): Color {
  const t = (catalogueIndex * 0.6180339887) % 1;
  const u = (catalogueIndex * 0.7548776662 + 0.31) % 1;
  out.copy(base).offsetHSL((u - 0.5) * 0.035, (u - 0.5) * 0.12, (t - 0.5) * 0.15);
  return out;
}

/** Hovered: the muscle's shade, lighter. */
export function hoverColor(baseColor: Color, out: Color): Color {
  return out.copy(baseColor).lerp(white, 0.3);
}

export function selectedColor(out: Color): Color {
  return out.copy(selected);
}
