/**
 * Which body regions lie next to which, so quiz distractors stay plausible: a neck pattern is set
 * against head, shoulder or upper-back muscles, never a foot muscle. The relation is symmetric.
 */
import { getMuscle } from '../anatomy/muscles';
import { BODY_REGIONS } from '../anatomy/regions';
import type { BodyRegionId } from '../anatomy/types';

export const BODY_REGION_NEIGHBOURS: Readonly<Record<BodyRegionId, readonly BodyRegionId[]>> = {
  head: ['neck'],
  neck: ['head', 'shoulder', 'upper-back', 'chest'],
  shoulder: ['neck', 'upper-back', 'chest', 'upper-arm'],
  'upper-back': ['neck', 'shoulder', 'chest', 'lower-back'],
  chest: ['neck', 'shoulder', 'upper-back', 'abdomen', 'upper-arm'],
  'lower-back': ['upper-back', 'abdomen', 'hip'],
  abdomen: ['chest', 'lower-back', 'hip'],
  'upper-arm': ['shoulder', 'chest', 'forearm'],
  forearm: ['upper-arm', 'hand'],
  hand: ['forearm'],
  hip: ['lower-back', 'abdomen', 'thigh'],
  thigh: ['hip', 'lower-leg'],
  'lower-leg': ['thigh', 'foot'],
  foot: ['lower-leg'],
};

const BODY_REGION_IDS = new Set<string>(BODY_REGIONS.map((r) => r.id));

export function isBodyRegionId(id: string): id is BodyRegionId {
  return BODY_REGION_IDS.has(id);
}

export function neighbourRegions(id: string): readonly BodyRegionId[] {
  return isBodyRegionId(id) ? BODY_REGION_NEIGHBOURS[id] : [];
}

/** Same region, or one next to it. */
export function isSameOrNeighbourRegion(a: string, b: string): boolean {
  return a === b || neighbourRegions(a).includes(b as BodyRegionId);
}

/**
 * A pack muscle's body region: its own `region` when that is a body region, else the catalogue's
 * region for the id (a pack may group muscles under its own region ids); undefined if neither.
 */
export function muscleBodyRegion(m: { id: string; region?: string | undefined }): BodyRegionId | undefined {
  if (m.region !== undefined && isBodyRegionId(m.region)) return m.region;
  return getMuscle(m.id)?.region;
}
