import type { Pack } from '../content/schema';
import type { Side } from '../domain/anatomy';
import { paintWeights, resolveAnchor, resolveReferral, type LandmarkLookup, type ResolvedZone } from '../domain/referral';
import type { Selection } from '../domain/route';
import type { ShownTriggerPoint } from '../state/referralSlice';
import type { MarkerSpec, ReferralPaint } from './ReferralLayer';

export interface ReferralInput {
  pack: Pack | null;
  selection: Selection | null;
  shownTrp: ShownTriggerPoint | null;
}

/** The trigger points to paint: the one shown alone, else all of the muscle's. */
export function shownTriggerPointIds(input: ReferralInput): Set<string> {
  const muscle = input.selection ? input.pack?.muscles.find((m) => m.id === input.selection?.muscleId) : undefined;
  if (!muscle) return new Set();
  const alone = input.shownTrp?.muscleId === muscle.id ? muscle.triggerPoints.find((t) => t.id === input.shownTrp?.triggerPointId) : undefined;
  return new Set(alone ? [alone.id] : muscle.triggerPoints.map((t) => t.id));
}

/** Zones and markers placed on the body, before painting (also what the test hook projects). */
export interface PlacedReferral {
  side: Side;
  essential: ResolvedZone[];
  spillover: ResolvedZone[];
  markers: Array<MarkerSpec & { triggerPointId: string }>;
}

export function placeReferral(input: ReferralInput, lookup: LandmarkLookup): PlacedReferral | null {
  const sel = input.selection;
  const muscle = sel ? input.pack?.muscles.find((m) => m.id === sel.muscleId) : undefined;
  if (!sel || !muscle) return null;
  const shown = shownTriggerPointIds(input);
  const placed: PlacedReferral = { side: sel.side, essential: [], spillover: [], markers: [] };
  for (const trp of muscle.triggerPoints) {
    const active = shown.has(trp.id);
    const at = resolveAnchor(trp.anchor, sel.side, lookup);
    if (at) placed.markers.push({ position: at, deep: trp.depth === 'deep', active, triggerPointId: trp.id });
    if (!active) continue;
    const r = resolveReferral(trp, sel.side, lookup);
    placed.essential.push(...r.essential);
    placed.spillover.push(...r.spillover);
  }
  return placed;
}

/**
 * What to draw for the selection: the referral of the shown trigger point(s) painted per skin
 * vertex (into `out`, reused between selections) and an X marker per trigger point. Pure.
 */
export function computeReferralPaint(input: ReferralInput, lookup: LandmarkLookup, skinPositions: Float32Array | null, out?: Uint8Array): ReferralPaint {
  const placed = placeReferral(input, lookup);
  if (!placed) return { weights: null, markers: [] };
  const hasZones = placed.essential.length + placed.spillover.length > 0;
  const weights = skinPositions && hasZones ? paintWeights(skinPositions, placed, out ? { out } : {}) : null;
  return { weights, markers: placed.markers };
}
