import { Ray, Vector3 } from 'three';
import type { BodyRuntime } from './BodyRuntime';
import type { MusclePart } from './buildBody';

const AZIMUTHS = Array.from({ length: 8 }, (_, i) => (i * Math.PI) / 4);
/** Elevation (radians) and how much a view from there is disfavoured (eye level reads best). */
const ELEVATIONS: ReadonlyArray<[number, number]> = [
  [0.25, 0],
  [1.0, 0.1],
  [-0.8, 0.25],
];
const SAMPLES = 24;

/** Candidate view directions around the body: 8 azimuths at eye level, from above and from below. */
function candidateDirections(): Array<{ dir: Vector3; penalty: number }> {
  const dirs: Array<{ dir: Vector3; penalty: number }> = [];
  for (const [el, penalty] of ELEVATIONS) {
    for (const az of AZIMUTHS) dirs.push({ dir: new Vector3(Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)), penalty });
  }
  return dirs;
}

/** Points spread over the muscle (its vertices, evenly subsampled) to test visibility against. */
function samplePoints(runtime: BodyRuntime, muscle: MusclePart): Vector3[] {
  const pos = runtime.body.muscleGeometry.getAttribute('position');
  const step = Math.max(1, Math.floor(muscle.count / SAMPLES));
  const points: Vector3[] = [];
  for (let i = muscle.start; i < muscle.start + muscle.count && points.length < SAMPLES; i += step) {
    points.push(new Vector3().fromBufferAttribute(pos, i).lerp(muscle.centroid, 0.15));
  }
  return points;
}

/**
 * The direction (target → camera) from which most of the muscle is seen unobstructed, judged by
 * casting rays with the current picking rules (hidden and peeled muscles let rays through).
 * Directions close to the current one win ties, so the camera moves no more than it needs to.
 */
export function bestViewDirection(runtime: BodyRuntime, muscle: MusclePart, target: Vector3, distance: number, currentDir: Vector3): Vector3 {
  const points = samplePoints(runtime, muscle);
  const options = runtime.pickOptions();
  const ray = new Ray();
  const eye = new Vector3();
  let best = currentDir.clone();
  let bestScore = -Infinity;
  for (const { dir, penalty } of [{ dir: currentDir.clone(), penalty: 0 }, ...candidateDirections()]) {
    eye.copy(target).addScaledVector(dir, distance);
    // Visible share, weighted by how squarely each hit surface faces the camera (projected area).
    let seen = 0;
    for (const p of points) {
      ray.origin.copy(eye);
      ray.direction.copy(p).sub(eye).normalize();
      const hit = runtime.picker.pick(ray, options);
      if (hit?.kind === 'muscle' && hit.nodeName === muscle.nodeName) seen += hit.normal ? 0.35 + 0.65 * Math.abs(hit.normal.dot(ray.direction)) : 1;
    }
    // Ties go to the side the muscle's surface faces, then to the current direction.
    const facing = muscle.facingStrength > 0.25 ? 0.15 * Math.max(0, dir.dot(muscle.facing)) : 0;
    const score = seen / Math.max(1, points.length) + facing + 0.1 * Math.max(0, dir.dot(currentDir)) - penalty;
    if (score > bestScore) {
      bestScore = score;
      best = dir;
    }
  }
  return best.normalize();
}
