import { MathUtils, Vector3, type Box3 } from 'three';
import type { ViewName } from '../state/viewSlice';
import type { MusclePart } from './buildBody';

export interface CameraPose {
  position: Vector3;
  target: Vector3;
}

export interface Lens {
  /** Vertical field of view, degrees. */
  fov: number;
  aspect: number;
}

/** Direction from the target to the camera for each preset. The patient's left is +X. */
const VIEW_DIRECTIONS: Record<Exclude<ViewName, 'reset'>, Vector3> = {
  front: new Vector3(0, 0, 1),
  back: new Vector3(0, 0, -1),
  left: new Vector3(1, 0, 0),
  right: new Vector3(-1, 0, 0),
  top: new Vector3(0, 1, 0.002).normalize(),
};

function halfTangents(lens: Lens): { v: number; h: number } {
  const v = Math.tan(MathUtils.degToRad(lens.fov) / 2);
  return { v, h: v * Math.max(0.1, lens.aspect) };
}

/** A preset view that fits the whole body (Reset = Front). */
export function presetPose(view: ViewName, bounds: Box3, lens: Lens): CameraPose {
  const dir = VIEW_DIRECTIONS[view === 'reset' ? 'front' : view];
  const size = bounds.getSize(new Vector3());
  const target = bounds.getCenter(new Vector3());
  const { v, h } = halfTangents(lens);
  // Extents across the screen (w), up the screen (u) and along the view (d).
  const [w, u, d] = view === 'top' ? [size.x, size.z, size.y] : view === 'left' || view === 'right' ? [size.z, size.y, size.x] : [size.x, size.y, size.z];
  const distance = Math.max(u / 2 / v, w / 2 / h) * 1.1 + d / 2;
  return { position: target.clone().addScaledVector(dir, distance), target };
}

/**
 * Frames a muscle: looks at its centroid from the side it faces (or keeps the current direction
 * when that already sees it), close enough that it fills about half the view.
 */
export function musclePose(muscle: MusclePart, bounds: Box3, current: CameraPose, lens: Lens): CameraPose {
  const target = muscle.box.getCenter(new Vector3());
  const currentDir = current.position.clone().sub(current.target).normalize();
  let dir: Vector3;
  if (muscle.facingStrength > 0.25) dir = muscle.facing.clone();
  else {
    // No clear facing (a closed belly): look from the outside of the body at its level.
    const axis = bounds.getCenter(new Vector3()).setY(target.y);
    dir = target.clone().sub(axis).setY(0);
    if (dir.lengthSq() < 1e-6) dir.copy(currentDir);
  }
  dir.y = MathUtils.clamp(dir.y, -0.45, 0.75);
  dir.normalize();
  if (currentDir.dot(dir) > 0.55) dir.copy(currentDir);
  const radius = Math.max(0.05, muscle.box.getSize(new Vector3()).length() / 2);
  const { v, h } = halfTangents(lens);
  const fit = Math.min(v, h);
  const distance = MathUtils.clamp((radius / fit) * 1.9, 0.35, 2.6);
  return { position: target.clone().addScaledVector(dir, distance), target };
}
