import type { Vector3 } from 'three';
import { landmarkLookup, type LandmarkLookup, type Vec3 } from '../domain/referral';

const PREFIX = 'landmark:';

/**
 * A pure landmark lookup over the body's landmark nodes (`landmark:<id>[:<side>]` → point),
 * copied once so it holds plain numbers, not the scene's Vector3s.
 */
export function bodyLandmarkLookup(landmarks: ReadonlyMap<string, Vector3>): LandmarkLookup {
  const table = new Map<string, Vec3>();
  for (const [name, p] of landmarks) if (name.startsWith(PREFIX)) table.set(name.slice(PREFIX.length), [p.x, p.y, p.z]);
  return landmarkLookup(table);
}
