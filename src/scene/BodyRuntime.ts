import { BufferGeometry, type DataTexture, type MeshStandardMaterial, type ShaderMaterial } from 'three';
import type { MuscleDrawState } from '../state/selectors';
import { BodyPicker, type PickOptions } from './BodyPicker';
import type { BodyData } from './buildBody';
import { createMuscleMaterial, createMuscleStateTexture, createOutlineMaterial } from './muscleMaterials';
import { MuscleStates, type MusclePassName } from './muscleStates';
import type { LandmarkLookup } from '../domain/referral';
import { bodyLandmarkLookup } from './bodyLandmarks';
import { ReferralLayer } from './ReferralLayer';
import { computeReferralPaint, type ReferralInput } from './referralPaint';

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
  /** Whether bones and skin currently stop picking rays (kept in sync by the scene). */
  blockers: Pick<PickOptions, 'bonesBlock' | 'skinBlocks'> = { bonesBlock: true, skinBlocks: false };

  constructor(readonly body: BodyData) {
    this.states = new MuscleStates(body.muscles);
    this.texture = createMuscleStateTexture(this.states.width, this.states.data);
    this.opaqueMaterial = createMuscleMaterial(this.texture, 'opaque');
    this.transparentMaterial = createMuscleMaterial(this.texture, 'transparent');
    this.outlineMaterial = createOutlineMaterial(this.texture);
    this.picker = new BodyPicker(body);
    this.passGeometry = {
      opaque: sharedView(body.muscleGeometry),
      transparent: sharedView(body.muscleGeometry),
      outline: sharedView(body.muscleGeometry),
    };
    this.lookup = bodyLandmarkLookup(body.landmarks);
    this.referral = new ReferralLayer(body.skinGeometry);
    this.paintBuffer = new Uint8Array(body.skinGeometry?.getAttribute('position').count ?? 0);
  }

  /** Repaints the referral of the selection in place (synchronous: ready for the next frame). */
  paintReferral(input: ReferralInput): void {
    this.referral.apply(computeReferralPaint(input, this.lookup, this.referral.skinPositions(), this.paintBuffer));
  }

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
