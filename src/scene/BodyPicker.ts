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
  private readonly muscleBvh: MeshBVH;
  private readonly boneBvh: MeshBVH | null;
  private readonly skinBvh: MeshBVH | null;

  constructor(private readonly body: BodyData) {
    // Indirect: the BVH keeps its own triangle order and leaves the (layer-sorted) index alone.
    this.muscleBvh = new MeshBVH(body.muscleGeometry, { indirect: true });
    this.boneBvh = body.boneGeometry ? new MeshBVH(body.boneGeometry) : null;
    this.skinBvh = body.skinGeometry ? new MeshBVH(body.skinGeometry) : null;
  }

  /** Where the ray first meets the skin from outside (whether or not the skin is drawn), or null. */
  pickSkin(ray: Ray): Vector3 | null {
    const hit = this.skinBvh?.raycastFirst(ray, FrontSide);
    return hit ? hit.point.clone() : null;
  }

  pick(ray: Ray, options: PickOptions): PickHit | null {
    let best: PickHit | null = null;
    const hits = this.muscleBvh.raycast(ray, DoubleSide);
    for (const hit of hits) {
      if (hit.faceIndex == null) continue;
      const index = partOfFace(this.body.muscleGeometry, 'aMuscle', hit.faceIndex);
      if (!options.pickable[index]) continue;
      const muscle = this.body.muscles[index];
      if (!muscle) continue;
      if (!best || hit.distance < best.distance) best = { kind: 'muscle', muscle, nodeName: muscle.nodeName, distance: hit.distance, normal: hit.face?.normal ?? null };
    }
    if (options.bonesBlock && this.boneBvh && this.body.boneGeometry) {
      const hit = this.boneBvh.raycastFirst(ray, DoubleSide);
      if (hit && hit.faceIndex != null && (!best || hit.distance < best.distance)) {
        const bone = this.body.bones[partOfFace(this.body.boneGeometry, 'aBone', hit.faceIndex)];
        if (bone) best = { kind: 'bone', nodeName: bone.nodeName, distance: hit.distance };
      }
    }
    if (options.skinBlocks && this.skinBvh) {
      const hit = this.skinBvh.raycastFirst(ray, FrontSide);
      if (hit && (!best || hit.distance < best.distance)) best = { kind: 'skin', nodeName: 'skin', distance: hit.distance };
    }
    return best;
  }
}
