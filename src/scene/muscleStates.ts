import { Box3, Color } from 'three';
import { muscleNodeName } from '../domain/anatomy';
import type { MuscleDrawState } from '../state/selectors';
import type { MusclePart } from './buildBody';
import { hoverColor, muscleBaseColor, selectedColor } from './palette';

/** Alpha of muscles seen through in X-ray, and of muscles peeled away over a deep selection. */
export const XRAY_ALPHA = 0.2;
export const PEEL_ALPHA = 0.07;
/** Shallower muscles within this margin (m) of the selection's box are peeled. */
export const PEEL_MARGIN = 0.015;

/**
 * Per-muscle draw state, one texel column per muscle, two rows (RGBA8):
 *   row 0: colour (linear RGB), glow (A: 0 none … 255 selected)
 *   row 1: R visible, G alpha (255 = opaque pass, less = transparent pass), B outline
 * plus CPU-side `pickable` (visible and not peeled away) for picking.
 */
export type MusclePassName = 'opaque' | 'transparent' | 'outline';

/** The index range a pass must draw (covering every muscle it shows); count 0 = nothing to draw. */
export interface IndexRange {
  start: number;
  count: number;
}

export class MuscleStates {
  /** Per pass, the smallest index range that holds all of its muscles (set by update()). */
  readonly ranges: Record<MusclePassName, IndexRange> = {
    opaque: { start: 0, count: 0 },
    transparent: { start: 0, count: 0 },
    outline: { start: 0, count: 0 },
  };
  readonly width: number;
  readonly data: Uint8Array;
  readonly pickable: Uint8Array;
  readonly visible: Uint8Array;
  private readonly baseColors: Color[];
  private readonly tmp = new Color();
  private readonly peelBox = new Box3();

  constructor(private readonly muscles: readonly MusclePart[]) {
    this.width = Math.max(1, muscles.length);
    this.data = new Uint8Array(this.width * 2 * 4);
    this.pickable = new Uint8Array(this.width);
    this.visible = new Uint8Array(this.width);
    this.baseColors = muscles.map((m) => muscleBaseColor(m.catalogueIndex, new Color()));
  }

  /** Recomputes every muscle from the store's draw state. */
  update(s: MuscleDrawState): void {
    const selectedName = s.selection ? muscleNodeName(s.selection.muscleId, s.selection.side) : null;
    const hoverName = s.hover ? muscleNodeName(s.hover.muscleId, s.hover.side) : null;
    const hidden = new Set(s.hidden);
    const isolated = s.isolated ? new Set(s.isolated) : null;
    const selectedPart = this.muscles.find((m) => m.nodeName === selectedName);
    const peeled = new Set(s.peeled);
    if (selectedPart) this.peelBox.copy(selectedPart.box).expandByScalar(PEEL_MARGIN);
    const w = this.width;
    const lo = { opaque: Infinity, transparent: Infinity, outline: Infinity };
    const hi = { opaque: -Infinity, transparent: -Infinity, outline: -Infinity };
    const include = (pass: MusclePassName, m: MusclePart) => {
      lo[pass] = Math.min(lo[pass], m.indexStart);
      hi[pass] = Math.max(hi[pass], m.indexStart + m.indexCount);
    };
    for (const m of this.muscles) {
      const i = m.index;
      const isSelected = m.nodeName === selectedName;
      const visible = isSelected || (isolated ? isolated.has(m.nodeName) : s.layers[m.layer] && !hidden.has(m.nodeName));
      let alpha = 1;
      let pickable = visible;
      if (!isSelected && visible) {
        if (selectedPart && peeled.has(m.layer) && m.box.intersectsBox(this.peelBox)) {
          alpha = PEEL_ALPHA;
          pickable = false;
        } else if (s.xray) alpha = XRAY_ALPHA;
      }
      if (!visible) pickable = false;
      const base = this.baseColors[i] ?? this.tmp;
      const color = isSelected ? selectedColor(this.tmp) : m.nodeName === hoverName ? hoverColor(base, this.tmp) : base;
      const glow = isSelected ? 255 : m.nodeName === hoverName ? 90 : 0;
      const o0 = i * 4;
      const o1 = (w + i) * 4;
      this.data[o0] = Math.round(color.r * 255);
      this.data[o0 + 1] = Math.round(color.g * 255);
      this.data[o0 + 2] = Math.round(color.b * 255);
      this.data[o0 + 3] = glow;
      this.data[o1] = visible ? 255 : 0;
      this.data[o1 + 1] = Math.round(alpha * 255);
      this.data[o1 + 2] = isSelected ? 255 : 0;
      this.data[o1 + 3] = 255;
      this.visible[i] = visible ? 1 : 0;
      this.pickable[i] = pickable ? 1 : 0;
      if (visible) include(alpha < 1 ? 'transparent' : 'opaque', m);
      if (isSelected) include('outline', m);
    }
    for (const pass of ['opaque', 'transparent', 'outline'] as const) {
      const r = this.ranges[pass];
      r.start = Number.isFinite(lo[pass]) ? lo[pass] : 0;
      r.count = Number.isFinite(hi[pass]) ? hi[pass] - r.start : 0;
    }
  }
}
