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

/** How far from a muscle the camera stands to frame it with some context around it. */
export function muscleDistance(muscle: MusclePart, lens: Lens): number {
  const radius = Math.max(0.04, muscle.box.getSize(new Vector3()).length() / 2);
  const { v, h } = halfTangents(lens);
  return MathUtils.clamp((radius / Math.min(v, h)) * 2.4, 0.6, 2.2);
}

/** Frames a muscle: looks at its box centre from `direction` (target → camera). */
export function musclePose(muscle: MusclePart, direction: Vector3, lens: Lens): CameraPose {
  const target = muscle.box.getCenter(new Vector3());
  return { position: target.clone().addScaledVector(direction, muscleDistance(muscle, lens)), target };
}
