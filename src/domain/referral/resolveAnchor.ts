import { getLandmark } from '../anatomy/landmarks';
import { sideSign } from '../anatomy/names';
import type { AnchorLike, LandmarkLookup, Side, Vec3 } from './types';

/** Looks a landmark up on the side it belongs to: paired ones on `side`, midline ones without a side. */
export function landmarkPosition(id: string, side: Side, lookup: LandmarkLookup): Readonly<Vec3> | undefined {
  const paired = getLandmark(id)?.paired;
  if (paired === true) return lookup(id, side);
  if (paired === false) return lookup(id, null);
  // Not in the catalogue (a custom model): try the sided node first, then the midline one.
  return lookup(id, side) ?? lookup(id, null);
}

/**
 * Places an anchor on the muscle's side in model space. The offset's first component (and a surface
 * point's x) is lateral, so it is multiplied by the side's X sign (the patient's right is −X); a
 * midline landmark's lateral offset therefore moves toward the muscle's side. Undefined when the
 * landmark is unknown to the lookup.
 */
export function resolveAnchor(anchor: AnchorLike, side: Side, lookup: LandmarkLookup): Vec3 | undefined {
  const s = sideSign(side);
  if (anchor.point) {
    const [lat, y, z] = anchor.point;
    return [lat * s, y, z];
  }
  if (anchor.landmark === undefined) return undefined;
  const base = landmarkPosition(anchor.landmark, side, lookup);
  if (!base) return undefined;
  const [dx, dy, dz] = anchor.offset ?? [0, 0, 0];
  return [base[0] + dx * s, base[1] + dy, base[2] + dz];
}

/** Mirrors a model-space point across the midsagittal plane (x → −x). */
export function mirrorPoint(p: Readonly<Vec3>): Vec3 {
  return [-p[0], p[1], p[2]];
}
