import type { DataTexture, MeshStandardMaterial, ShaderMaterial } from 'three';
import type { MuscleDrawState } from '../state/selectors';
import { BodyPicker, type PickOptions } from './BodyPicker';
import type { BodyData } from './buildBody';
import { createMuscleMaterial, createMuscleStateTexture, createOutlineMaterial } from './muscleMaterials';
import { MuscleStates } from './muscleStates';

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
  /** Whether bones and skin currently stop picking rays (kept in sync by the scene). */
  blockers: Pick<PickOptions, 'bonesBlock' | 'skinBlocks'> = { bonesBlock: true, skinBlocks: false };

  constructor(readonly body: BodyData) {
    this.states = new MuscleStates(body.muscles);
    this.texture = createMuscleStateTexture(this.states.width, this.states.data);
    this.opaqueMaterial = createMuscleMaterial(this.texture, 'opaque');
    this.transparentMaterial = createMuscleMaterial(this.texture, 'transparent');
    this.outlineMaterial = createOutlineMaterial(this.texture);
    this.picker = new BodyPicker(body);
  }

  applyDrawState(state: MuscleDrawState): void {
    this.states.update(state);
    this.texture.needsUpdate = true;
  }

  pickOptions(): PickOptions {
    return { pickable: this.states.pickable, ...this.blockers };
  }

  dispose(): void {
    this.texture.dispose();
    this.opaqueMaterial.dispose();
    this.transparentMaterial.dispose();
    this.outlineMaterial.dispose();
    this.body.muscleGeometry.dispose();
    this.body.boneGeometry?.dispose();
    this.body.skinGeometry?.dispose();
  }
}
