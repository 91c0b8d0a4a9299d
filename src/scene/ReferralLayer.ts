import { BufferAttribute, BufferGeometry, Points, Sphere, Vector3, type ShaderMaterial } from 'three';
import type { Vec3 } from '../domain/referral';
import { createMarkerMaterial } from './markerMaterial';
import { REFERRAL_ATTRIBUTE } from './skinMaterial';

/** The most trigger-point markers shown at once (a muscle has a handful). */
export const MARKER_CAPACITY = 32;

export interface MarkerSpec {
  position: Vec3;
  deep: boolean;
  /** Shown (drawn full strength) or only listed (faded). */
  active: boolean;
  /** 0 trigger point (X), 1 the user's answer (dot), 2 a choice (ring); default 0. */
  kind?: number;
}

/**
 * What to draw: per-skin-vertex referral weights (0 none, 1 spillover, 2 essential), the user's
 * own painting (1 painted) and markers.
 */
export interface ReferralPaint {
  weights: Uint8Array | null;
  user?: Uint8Array | null;
  markers: MarkerSpec[];
}

/**
 * The referral drawing for one body: the skin's referral attribute (created once, rewritten in
 * place) and a fixed-capacity point cloud for the X markers. No geometry is created per
 * selection: `apply` writes the arrays, flags them for upload and sets the draw range.
 */
export class ReferralLayer {
  readonly markers: Points;
  readonly markerMaterial: ShaderMaterial;
  /** Number of skin vertices painted (0 = nothing to draw on the skin). */
  painted = 0;
  private readonly attribute: BufferAttribute | null;
  private readonly markerGeometry: BufferGeometry;

  constructor(private readonly skin: BufferGeometry | null) {
    if (skin) {
      const count = skin.getAttribute('position').count;
      this.attribute = new BufferAttribute(new Uint8Array(count * 3), 3);
      skin.setAttribute(REFERRAL_ATTRIBUTE, this.attribute);
    } else this.attribute = null;
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(MARKER_CAPACITY * 3), 3));
    g.setAttribute('aDeep', new BufferAttribute(new Float32Array(MARKER_CAPACITY), 1));
    g.setAttribute('aActive', new BufferAttribute(new Float32Array(MARKER_CAPACITY), 1));
    g.setAttribute('aKind', new BufferAttribute(new Float32Array(MARKER_CAPACITY), 1));
    g.setDrawRange(0, 0);
    // Markers are never culled: the body's bounds hold them all.
    g.boundingSphere = skin?.boundingSphere?.clone() ?? new Sphere(new Vector3(0, 1, 0), 2);
    this.markerGeometry = g;
    this.markerMaterial = createMarkerMaterial();
    this.markers = new Points(g, this.markerMaterial);
    this.markers.name = 'trigger-point-markers';
    this.markers.frustumCulled = false;
    this.markers.renderOrder = 10;
    this.markers.visible = false;
  }

  /** Skin vertex positions (model space), for painting. */
  skinPositions(): Float32Array | null {
    const p = this.skin?.getAttribute('position');
    return p ? (p.array as Float32Array) : null;
  }

  apply(paint: ReferralPaint): void {
    if (this.attribute) {
      const a = this.attribute.array as Uint8Array;
      const n = a.length / 3;
      const w = paint.weights && paint.weights.length >= n ? paint.weights : null;
      const u = paint.user && paint.user.length >= n ? paint.user : null;
      let painted = 0;
      if (w || u) {
        for (let i = 0; i < n; i++) {
          const v = w ? (w[i] ?? 0) : 0;
          const mine = u ? (u[i] ?? 0) : 0;
          a[3 * i] = v >= 1 ? 1 : 0;
          a[3 * i + 1] = v >= 2 ? 1 : 0;
          a[3 * i + 2] = mine ? 1 : 0;
          if (v || mine) painted++;
        }
      } else a.fill(0);
      if (painted > 0 || this.painted > 0) this.attribute.needsUpdate = true;
      this.painted = painted;
    }
    const n = Math.min(MARKER_CAPACITY, paint.markers.length);
    const pos = this.markerGeometry.getAttribute('position') as BufferAttribute;
    const deep = this.markerGeometry.getAttribute('aDeep') as BufferAttribute;
    const active = this.markerGeometry.getAttribute('aActive') as BufferAttribute;
    const kind = this.markerGeometry.getAttribute('aKind') as BufferAttribute;
    for (let i = 0; i < n; i++) {
      const m = paint.markers[i]!;
      pos.setXYZ(i, m.position[0], m.position[1], m.position[2]);
      deep.setX(i, m.deep ? 1 : 0);
      active.setX(i, m.active ? 1 : 0);
      kind.setX(i, m.kind ?? 0);
    }
    pos.needsUpdate = true;
    deep.needsUpdate = true;
    active.needsUpdate = true;
    kind.needsUpdate = true;
    this.markerGeometry.setDrawRange(0, n);
    this.markers.visible = n > 0;
  }

  dispose(): void {
    this.markerGeometry.dispose();
    this.markerMaterial.dispose();
  }
}
