import { Box3, MathUtils, Vector3, type BufferGeometry } from 'three';
import type { CameraPose, Lens } from './framing';
import type { MarkerSpec } from './ReferralLayer';

/**
 * A camera pose that shows a whole referral pattern: the painted skin and the trigger-point
 * markers (and the muscle's box), seen from the side the painted skin faces on average.
 * Null when nothing is painted.
 */
export function patternPose(skin: BufferGeometry, weights: Uint8Array, markers: readonly MarkerSpec[], muscleBox: Box3 | null, fallbackDir: Vector3, lens: Lens): CameraPose | null {
  const pos = skin.getAttribute('position');
  const nrm = skin.getAttribute('normal');
  const box = new Box3();
  const facing = new Vector3();
  const p = new Vector3();
  let n = 0;
  for (let i = 0; i < pos.count && i < weights.length; i++) {
    if (!weights[i]) continue;
    box.expandByPoint(p.fromBufferAttribute(pos, i));
    if (nrm) facing.add(p.fromBufferAttribute(nrm, i));
    n++;
  }
  if (n === 0) return null;
  for (const m of markers) box.expandByPoint(p.set(m.position[0], m.position[1], m.position[2]));
  if (muscleBox && !muscleBox.isEmpty()) box.union(muscleBox);
  const dir = facing.lengthSq() > 1e-6 * n * n ? facing.normalize() : fallbackDir.clone().normalize();
  // Keep the camera from looking straight up or down.
  dir.y = MathUtils.clamp(dir.y, -0.6, 0.75);
  dir.normalize();
  const target = box.getCenter(new Vector3());
  const radius = Math.max(0.08, box.getSize(new Vector3()).length() / 2);
  const v = Math.tan(MathUtils.degToRad(lens.fov) / 2);
  const half = Math.min(v, v * Math.max(0.1, lens.aspect));
  const distance = MathUtils.clamp((radius / half) * 1.15, 0.5, 4);
  return { position: target.clone().addScaledVector(dir, distance), target };
}
