import { otherSide } from '../anatomy/names';
import { resolveAnchor } from './resolveAnchor';
import type { LandmarkLookup, ResolvedZone, Side, TriggerPointLike, Vec3, ZoneLike } from './types';

/** Places a zone on one side; undefined if any of its landmarks is unknown to the lookup. */
export function resolveZone(zone: ZoneLike, side: Side, lookup: LandmarkLookup): ResolvedZone | undefined {
  if (zone.kind === 'blob') {
    const center = resolveAnchor(zone.at, side, lookup);
    return center ? { kind: 'blob', center, radius: zone.radius } : undefined;
  }
  const points: Vec3[] = [];
  for (const a of zone.points) {
    const p = resolveAnchor(a, side, lookup);
    if (!p) return undefined;
    points.push(p);
  }
  return { kind: 'path', points, halfWidth: zone.width / 2 };
}

export interface ResolvedReferral {
  essential: ResolvedZone[];
  spillover: ResolvedZone[];
  /** Zones that could not be placed (unknown landmarks), by list and index. */
  unresolved: { list: 'essential' | 'spillover'; index: number }[];
}

/**
 * The referral of a trigger point of the muscle on `side`, placed on the body: on the same side, or
 * on both sides when the pattern is bilateral (`referral.side: 'both'`).
 */
export function resolveReferral(trp: TriggerPointLike, side: Side, lookup: LandmarkLookup): ResolvedReferral {
  const sides: Side[] = trp.referral.side === 'both' ? [side, otherSide(side)] : [side];
  const out: ResolvedReferral = { essential: [], spillover: [], unresolved: [] };
  for (const list of ['essential', 'spillover'] as const) {
    trp.referral[list].forEach((zone, index) => {
      for (const s of sides) {
        const r = resolveZone(zone, s, lookup);
        if (r) out[list].push(r);
        else if (s === side) out.unresolved.push({ list, index });
      }
    });
  }
  return out;
}
