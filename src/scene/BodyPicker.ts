import { DoubleSide, FrontSide, type BufferGeometry, type Ray, type Vector3 } from 'three';
import { MeshBVH, type SerializedBVH } from 'three-mesh-bvh';
import type { BodyData, MusclePart } from './buildBody';

type Trees = { muscle: MeshBVH; bone: MeshBVH | null; skin: MeshBVH | null };
/** The picking trees as a worker message (their buffers are transferred). */
export type PickTreesMessage = { muscle: SerializedBVH; bone: SerializedBVH | null; skin: SerializedBVH | null };
type TreeGeometries = Pick<BodyData, 'muscleGeometry' | 'boneGeometry' | 'skinGeometry'>;

/**
 * The BVHs for picking. Indirect: each keeps its own triangle order and leaves the geometry's index
 * alone (the muscles' index is sorted by layer for drawing), so trees built on a copy of a geometry
 * (in the body worker) fit the original.
 */
export function buildPickTrees({ muscleGeometry, boneGeometry, skinGeometry }: TreeGeometries): Trees {
  return {
    muscle: new MeshBVH(muscleGeometry, { indirect: true }),
    bone: boneGeometry ? new MeshBVH(boneGeometry, { indirect: true }) : null,
    skin: skinGeometry ? new MeshBVH(skinGeometry, { indirect: true }) : null,
  };
}

/** Serialized trees and the buffers to transfer with them. */
export function serializePickTrees(trees: Trees): { message: PickTreesMessage; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const one = (bvh: MeshBVH) => {
    const data = MeshBVH.serialize(bvh, { cloneBuffers: false });
    for (const b of [...data.roots, data.indirectBuffer]) {
      const buffer = (ArrayBuffer.isView(b) ? b.buffer : b) as ArrayBuffer | null;
      if (buffer && !transfer.includes(buffer)) transfer.push(buffer);
    }
    // The index travels with the body already; the trees do not change it (indirect).
    return { ...data, index: null } as unknown as SerializedBVH;
  };
  return { message: { muscle: one(trees.muscle), bone: trees.bone && one(trees.bone), skin: trees.skin && one(trees.skin) }, transfer };
}

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
  private trees: Trees | null = null;
  private requested = false;

  /** `treeSource`: the trees built elsewhere (the body worker), or null when it cannot give them. */
  constructor(
    private readonly body: BodyData,
    private readonly treeSource: (() => Promise<PickTreesMessage | null>) | null = null,
  ) {}

  /**
   * The BVHs: ≈ 0.5–1 s to build on a slow machine. `warm()`, called once the first frame is on
   * screen, has the body worker build them (or builds them here without one); a pick before they
   * are ready builds them here at once.
   */
  private get bvh(): Trees {
    this.trees ??= buildPickTrees(this.body);
    return this.trees;
  }

  warm(): void {
    if (this.trees || this.requested) return;
    this.requested = true;
    if (!this.treeSource) return void this.bvh;
    this.treeSource().then(
      (message) => {
        if (this.trees) return; // a pick came first and built them here
        if (!message) return void this.bvh;
        const { muscleGeometry, boneGeometry, skinGeometry } = this.body;
        const adopt = (data: SerializedBVH, geometry: BufferGeometry) => MeshBVH.deserialize(data, geometry, { setIndex: false });
        this.trees = {
          muscle: adopt(message.muscle, muscleGeometry),
          bone: message.bone && boneGeometry ? adopt(message.bone, boneGeometry) : null,
          skin: message.skin && skinGeometry ? adopt(message.skin, skinGeometry) : null,
        };
      },
      () => void this.bvh,
    );
  }

  /** Whether the trees are there (tests: picking then costs no build). */
  get ready(): boolean {
    return this.trees !== null;
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
