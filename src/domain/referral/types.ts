/**
 * Shapes the referral engine works on. Structural, so a parsed content pack (src/content/schema.ts)
 * fits them without this pure module depending on zod.
 */
import type { Side } from '../anatomy/types';

export type { Side };

/** A point in model space (metres, Y up, body faces +Z, the patient's right at −X). */
export type Vec3 = [number, number, number];

/**
 * Where a landmark is in model space. Paired landmarks are asked for with a side; midline ones with
 * `null`. Returns undefined for a landmark the model does not have.
 */
export type LandmarkLookup = (id: string, side: Side | null) => Readonly<Vec3> | undefined;

/**
 * An anchor written for the side of the muscle: either a landmark plus an offset
 * [lateral, up, forward] in metres, or a surface point [lateral, y, z] in model space (lateral =
 * distance from the midline toward the muscle's side).
 */
export interface AnchorLike {
  landmark?: string | undefined;
  offset?: readonly [number, number, number] | undefined;
  point?: readonly [number, number, number] | undefined;
}

export type ZoneLike =
  | { kind: 'blob'; at: AnchorLike; radius: number }
  | { kind: 'path'; points: readonly AnchorLike[]; width: number };

/** A zone placed on one side of the body: a ball, or a polyline with a half-width (a chain of capsules). */
export type ResolvedZone =
  | { kind: 'blob'; center: Vec3; radius: number }
  | { kind: 'path'; points: Vec3[]; halfWidth: number };

export interface TriggerPointLike {
  id: string;
  referral: { essential: readonly ZoneLike[]; spillover: readonly ZoneLike[]; side?: 'same' | 'both' | undefined };
  /** Region ids the referral reaches (from the pack's vocabulary). */
  regions: readonly string[];
}

export interface MuscleLike {
  id: string;
  name: string;
  triggerPoints: readonly TriggerPointLike[];
}

export interface RegionLike {
  id: string;
  name: string;
  /** The skin area, side-less: resolved on the side of the query. */
  area: readonly ZoneLike[];
}

/** What the ranking needs from a pack (a parsed `Pack` is one). */
export interface ReferralPack {
  muscles: readonly MuscleLike[];
  regions: readonly RegionLike[];
}

export type ZoneStrength = 'essential' | 'spillover';
