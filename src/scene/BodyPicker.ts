import { DoubleSide, FrontSide, type BufferGeometry, type Ray, type Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { BodyData, MusclePart } from './buildBody';

export interface PickOptions {
  /** Per muscle: 1 when it can be picked (visible and not peeled away). */
  pickable: Uint8Array;
  /** Opaque bones stop the ray. */
  bonesBlock: boolean;
  /** Opaque skin stops the ray. */
  skinBlocks: boolean;
}

export type PickHit =
  | { kind: 'muscle'; muscle: MusclePart; nodeName: string; distance: number; normal: Vector3 | null }
  | { kind: 'bone' | 'skin'; nodeName: string; distance: number };

function partOfFace(geometry: BufferGeometry, attribute: string, faceIndex: number): number {
  const index = geometry.index;
  const vertex = index ? index.getX(faceIndex * 3) : faceIndex * 3;
  return geometry.getAttribute(attribute).getX(vertex);
}

/**
 * Picking on the merged geometries with three-mesh-bvh: all hits along the ray, the nearest
 * pickable muscle wins unless an opaque bone or skin surface is nearer.
 */
export class BodyPicker {
  private trees: { muscle: MeshBVH; bone: MeshBVH | null; skin: MeshBVH | null } | null = null;

  constructor(private readonly body: BodyData) {}

  /**
   * Builds the BVHs (≈ 1 s of main-thread work on a slow machine). Done on first use, or ahead of
   * it by `warm()` once the first frame is on screen, so loading the body does not wait for it.
   */
  private get bvh(): { muscle: MeshBVH; bone: MeshBVH | null; skin: MeshBVH | null } {
    if (!this.trees) {
      const { muscleGeometry, boneGeometry, skinGeometry } = this.body;
      // Indirect: the BVH keeps its own triangle order and leaves the (layer-sorted) index alone.
      this.trees = {
        muscle: new MeshBVH(muscleGeometry, { indirect: true }),
        bone: boneGeometry ? new MeshBVH(boneGeometry) : null,
        skin: skinGeometry ? new MeshBVH(skinGeometry) : null,
      };
    }
    return this.trees;
  }

  warm(): void {
    void this.bvh;
  }

  /** Where the ray first meets the skin from outside (whether or not the skin is drawn), or null. */
  pickSkin(ray: Ray): Vector3 | null {
    const hit = this.bvh.skin?.raycastFirst(ray, FrontSide);
    return hit ? hit.point.clone() : null;
  }

  pick(ray: Ray, options: PickOptions): PickHit | null {
    let best: PickHit | null = null;
    const { muscle: muscleBvh, bone: boneBvh, skin: skinBvh } = this.bvh;
    const hits = muscleBvh.raycast(ray, DoubleSide);
    for (const hit of hits) {
      if (hit.faceIndex == null) continue;
      const index = partOfFace(this.body.muscleGeometry, 'aMuscle', hit.faceIndex);
      if (!options.pickable[index]) continue;
      const muscle = this.body.muscles[index];
      if (!muscle) continue;
      if (!best || hit.distance < best.distance) best = { kind: 'muscle', muscle, nodeName: muscle.nodeName, distance: hit.distance, normal: hit.face?.normal ?? null };
    }
    if (options.bonesBlock && boneBvh && this.body.boneGeometry) {
      const hit = boneBvh.raycastFirst(ray, DoubleSide);
      if (hit && hit.faceIndex != null && (!best || hit.distance < best.distance)) {
        const bone = this.body.bones[partOfFace(this.body.boneGeometry, 'aBone', hit.faceIndex)];
        if (bone) best = { kind: 'bone', nodeName: bone.nodeName, distance: hit.distance };
      }
    }
    if (options.skinBlocks && skinBvh) {
      const hit = skinBvh.raycastFirst(ray, FrontSide);
      if (hit && (!best || hit.distance < best.distance)) best = { kind: 'skin', nodeName: 'skin', distance: hit.distance };
    }
    return best;
  }
}
