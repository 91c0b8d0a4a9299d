import type { Pack } from '../content/schema';
import { paintWeights, resolveZone, type LandmarkLookup, type ResolvedZone } from '../domain/referral';
import type { Stage } from '../state/stageSlice';
import type { AppState } from '../state/store';
import type { MarkerSpec } from './ReferralLayer';
import type { ReferralInput } from './referralPaint';

/**
 * What the referral layer draws for the current route: in Explore the selection's pattern; in the
 * other modes the stage's pattern (or nothing), never the Explore selection.
 */
export function referralInputOf(s: Pick<AppState, 'route' | 'stage' | 'activePack' | 'selection' | 'shownTrp'>): ReferralInput {
  if (s.route.mode === 'explore') return { pack: s.activePack, selection: s.selection, shownTrp: s.shownTrp };
  const p = s.stage?.pattern;
  if (!p) return { pack: s.activePack, selection: null, shownTrp: null };
  return {
    pack: s.activePack,
    selection: { muscleId: p.muscleId, side: p.side },
    shownTrp: p.triggerPointId ? { muscleId: p.muscleId, triggerPointId: p.triggerPointId } : null,
  };
}

/** The areas the user drew or picked (brush dabs and pack regions), placed on the body. */
export function stageUserZones(stage: Stage | null, pack: Pack | null, lookup: LandmarkLookup): ResolvedZone[] {
  if (!stage) return [];
  const zones: ResolvedZone[] = [];
  for (const stroke of stage.strokes) for (const d of stroke) zones.push({ kind: 'blob', center: d.center, radius: d.radius });
  for (const { regionId, side } of stage.regions) {
    const region = pack?.regions.find((r) => r.id === regionId);
    for (const z of region?.area ?? []) {
      const r = resolveZone(z, side, lookup);
      if (r) zones.push(r);
    }
  }
  return zones;
}

/** Per-vertex user paint (1 painted, 0 not) into `out`; null when nothing is drawn. */
export function stageUserWeights(zones: readonly ResolvedZone[], skinPositions: Float32Array | null, out: Uint8Array): Uint8Array | null {
  if (!skinPositions || zones.length === 0) return null;
  return paintWeights(skinPositions, { essential: zones, spillover: [] }, { out });
}

/** Marker kinds the marker shader draws (aKind). */
export const MARKER_KIND = { trp: 0, answer: 1, choice: 2 } as const;

/** The stage's pins as markers: the true TrP as the usual X, the answer as a dot, choices as rings. */
export function stagePins(stage: Stage | null): MarkerSpec[] {
  return (stage?.pins ?? []).map((p) => ({
    position: p.position,
    deep: false,
    active: true,
    kind: p.kind === 'truth' ? MARKER_KIND.trp : p.kind === 'answer' ? MARKER_KIND.answer : MARKER_KIND.choice,
  }));
}
