import type { Pack } from './schema';

export interface PackStats {
  muscles: number;
  triggerPoints: number;
  /** Referral zones (essential + spillover) over all trigger points. */
  zones: number;
  sources: number;
  regions: number;
  exercises: number;
  techniques: number;
}

export function packStats(pack: Pack): PackStats {
  let triggerPoints = 0;
  let zones = 0;
  for (const m of pack.muscles) {
    triggerPoints += m.triggerPoints.length;
    for (const t of m.triggerPoints) zones += t.referral.essential.length + t.referral.spillover.length;
  }
  return {
    muscles: pack.muscles.length,
    triggerPoints,
    zones,
    sources: pack.sources.length,
    regions: pack.regions.length,
    exercises: pack.exercises.length,
    techniques: pack.techniques.length,
  };
}
