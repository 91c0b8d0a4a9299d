import { BufferGeometry, type DataTexture, type MeshStandardMaterial, type ShaderMaterial } from 'three';
import type { MuscleDrawState } from '../state/selectors';
import { BodyPicker, type PickOptions, type PickTreesMessage } from './BodyPicker';
import type { BodyData } from './buildBody';
import { createMuscleMaterial, createMuscleStateTexture, createOutlineMaterial } from './muscleMaterials';
import { MuscleStates, type MusclePassName } from './muscleStates';
import type { LandmarkLookup } from '../domain/referral';
import { bodyLandmarkLookup } from './bodyLandmarks';
import { ReferralLayer, type MarkerSpec } from './ReferralLayer';
import { computeReferralPaint } from './referralPaint';
import { referralInputOf, stagePins, stageUserWeights, stageUserZones } from './stagePaint';
import type { AppState } from '../state/store';
import type { Dab } from '../domain/quiz/types';

/** Marks (1) the vertices inside any of the dabs. */
function addBlobs(skin: Float32Array | null, dabs: readonly Dab[], out: Uint8Array): void {
  if (!skin) return;
  const n = Math.min(out.length, skin.length / 3);
  for (const { center: [cx, cy, cz], radius: r } of dabs) {
    const r2 = r * r;
    for (let i = 0; i < n; i++) {
      const dx = skin[3 * i]! - cx;
      if (dx > r || dx < -r) continue;
      const dy = skin[3 * i + 1]! - cy;
      if (dy > r || dy < -r) continue;
      const dz = skin[3 * i + 2]! - cz;
      if (dx * dx + dy * dy + dz * dz <= r2) out[i] = 1;
    }
  }
}

/** A geometry that shares the muscle buffers (uploaded once) but has its own draw range. */
function sharedView(source: BufferGeometry): BufferGeometry {
  const g = new BufferGeometry();
  for (const [name, attribute] of Object.entries(source.attributes)) g.setAttribute(name, attribute);
  g.setIndex(source.index);
  g.boundingBox = source.boundingBox;
  g.boundingSphere = source.boundingSphere;
  return g;
}

/**
 * Everything the scene derives from one loaded body: the muscle-state texture and its CPU mirror,
 * the three muscle materials that read it, and the BVH picker. Plain objects, owned by the scene
 * (never put in the store).
 */
export class BodyRuntime {
  readonly states: MuscleStates;
  readonly texture: DataTexture;
  readonly opaqueMaterial: MeshStandardMaterial;
  readonly transparentMaterial: MeshStandardMaterial;
  readonly outlineMaterial: ShaderMaterial;
  readonly picker: BodyPicker;
  /** One view of the muscle geometry per pass; each draws only the index range its muscles span. */
  readonly passGeometry: Record<MusclePassName, BufferGeometry>;
  /** Landmark positions of this body (plain numbers): anchors for trigger points and zones. */
  readonly lookup: LandmarkLookup;
  /** Referral zones painted on the skin and the trigger-point markers. */
  readonly referral: ReferralLayer;
  /** The last painted weights per skin vertex (0 none, 1 spillover, 2 essential). */
  readonly paintBuffer: Uint8Array;
  /** The user's painting per skin vertex (1 painted), from the stage's strokes and regions. */
  readonly userBuffer: Uint8Array;
  /** Whether userBuffer holds anything this paint. */
  userPainted = false;
  /** Whether bones and skin currently stop picking rays (kept in sync by the scene). */
  blockers: Pick<PickOptions, 'bonesBlock' | 'skinBlocks'> = { bonesBlock: true, skinBlocks: false };

  /** `pickTrees`: where the picking BVHs come from when not built here (the body worker). */
  constructor(
    readonly body: BodyData,
    pickTrees: (() => Promise<PickTreesMessage | null>) | null = null,
  ) {
    this.states = new MuscleStates(body.muscles);
    this.texture = createMuscleStateTexture(this.states.width, this.states.data);
    this.opaqueMaterial = createMuscleMaterial(this.texture, 'opaque');
    this.transparentMaterial = createMuscleMaterial(this.texture, 'transparent');
    this.outlineMaterial = createOutlineMaterial(this.texture);
    this.picker = new BodyPicker(body, pickTrees);
    this.passGeometry = {
      opaque: sharedView(body.muscleGeometry),
      transparent: sharedView(body.muscleGeometry),
      outline: sharedView(body.muscleGeometry),
    };
    this.lookup = bodyLandmarkLookup(body.landmarks);
    this.referral = new ReferralLayer(body.skinGeometry);
    const skinVertices = body.skinGeometry?.getAttribute('position').count ?? 0;
    this.paintBuffer = new Uint8Array(skinVertices);
    this.userBuffer = new Uint8Array(skinVertices);
  }

  /**
   * Repaints in place (synchronous: ready for the next frame): in Explore the selection's referral;
   * in other modes the stage's pattern, the user's painting and the stage's pins.
   */
  paint(s: Pick<AppState, 'route' | 'stage' | 'activePack' | 'selection' | 'shownTrp'>): void {
    this.lastPack = s.activePack;
    const skin = this.referral.skinPositions();
    const paint = computeReferralPaint(referralInputOf(s), this.lookup, skin, this.paintBuffer);
    if (!paint.weights) this.paintBuffer.fill(0);
    this.userPainted = false;
    if (s.route.mode !== 'explore' && s.stage) {
      if (s.stage.pattern && !s.stage.pattern.markers) paint.markers = [];
      if (s.stage.pattern?.zones === false) {
        paint.weights = null;
        this.paintBuffer.fill(0);
      }
      paint.markers = [...paint.markers, ...stagePins(s.stage)];
      paint.user = this.paintUser(s, skin);
      this.userPainted = paint.user !== null;
    }
    this.referral.apply(paint);
  }

  /** Paints several patterns at once (print pictures); the next `paint` restores the usual drawing. */
  paintPatterns(patterns: ReadonlyArray<{ muscleId: string; side: 'l' | 'r'; triggerPointId: string | null }>, pack = this.lastPack): void {
    const skin = this.referral.skinPositions();
    const merged = new Uint8Array(this.paintBuffer.length);
    const tmp = new Uint8Array(this.paintBuffer.length);
    const markers: MarkerSpec[] = [];
    for (const p of patterns) {
      const r = computeReferralPaint({ pack, selection: { muscleId: p.muscleId, side: p.side }, shownTrp: p.triggerPointId ? { muscleId: p.muscleId, triggerPointId: p.triggerPointId } : null }, this.lookup, skin, tmp);
      if (r.weights) for (let i = 0; i < merged.length; i++) if (tmp[i]! > merged[i]!) merged[i] = tmp[i]!;
      markers.push(...r.markers.filter((m) => m.active));
    }
    this.referral.apply({ weights: merged, markers });
  }

  private lastPack: AppState['activePack'] = null;

  private userKey: { regions: unknown; pack: unknown; dabs: readonly Dab[] } | null = null;

  /**
   * The user's painting. A brush stroke grows one dab at a time, so when the only change is new
   * dabs at the end, just those are painted onto the buffer (a full repaint costs a pass over the
   * skin per dab).
   */
  private paintUser(s: Pick<AppState, 'stage' | 'activePack'>, skin: Float32Array | null): Uint8Array | null {
    const stage = s.stage;
    const dabs = stage ? stage.strokes.flat() : [];
    const prev = this.userKey;
    const grows = prev && stage && prev.regions === stage.regions && prev.pack === s.activePack && dabs.length >= prev.dabs.length && prev.dabs.every((d, i) => dabs[i] === d);
    this.userKey = { regions: stage?.regions, pack: s.activePack, dabs };
    if (grows && prev) {
      if (dabs.length === prev.dabs.length) return this.userWasPainted ? this.userBuffer : null;
      addBlobs(skin, dabs.slice(prev.dabs.length), this.userBuffer);
      this.userWasPainted = true;
      return this.userBuffer;
    }
    const weights = stageUserWeights(stageUserZones(stage, s.activePack, this.lookup), skin, this.userBuffer);
    this.userWasPainted = weights !== null;
    return weights;
  }

  private userWasPainted = false;

  applyDrawState(state: MuscleDrawState): void {
    this.states.update(state);
    this.texture.needsUpdate = true;
    for (const pass of ['opaque', 'transparent', 'outline'] as const) {
      const r = this.states.ranges[pass];
      this.passGeometry[pass].setDrawRange(r.start, r.count);
    }
  }

  pickOptions(): PickOptions {
    return { pickable: this.states.pickable, ...this.blockers };
  }

  dispose(): void {
    this.texture.dispose();
    this.opaqueMaterial.dispose();
    this.transparentMaterial.dispose();
    this.outlineMaterial.dispose();
    this.referral.dispose();
    for (const g of Object.values(this.passGeometry)) g.dispose();
    this.body.muscleGeometry.dispose();
    this.body.boneGeometry?.dispose();
    this.body.skinGeometry?.dispose();
  }
}
