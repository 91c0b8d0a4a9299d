/**
 * The pain finder: which muscles commonly refer to the marked regions, painted areas or skin points,
 * ranked. "Commonly refer here" — never a diagnosis.
 *
 * Query items: a region (with the patient's side), a painted stroke (dabs in model space), or a
 * marked point (with a side). Each may carry an intensity 1–3 (default 1).
 *
 * Side: a trigger point of the muscle on side s answers an item on side s, or on either side when its
 * referral is bilateral (`referral.side: 'both'`). Regions and points name their side, and the zones
 * are placed on it. A stroke lies where it was painted: its dabs are compared with the zones placed on
 * the muscle's side (and the other side too for a bilateral pattern), so a right-side stroke finds
 * right-side muscles by geometry; a stroke's optional `side` restricts it to zones placed on that side.
 *
 * Matching an area (region or stroke) against a trigger point's essential zones, else its spillover
 * zones (areaOverlap.ts): the overlap counts when its depth reaches `minOverlap`, or from the first
 * touch for a region the trigger point lists in `regions`; a listed region with no overlap at all (or
 * without geometry) still counts as a weak spillover match. A point matches the zone it falls in.
 *
 * Score of a match: essential 2 + overlap, spillover 0.5 + 0.5 × overlap, overlap 0–1 being the mean
 * of `cover` (share of the marked area inside the zones) and `within` (share of the best zone inside
 * the marked area) for areas, the depth for points; multiplied by the intensity factor 1, 1.25 or 1.5,
 * so an essential match (≥ 2) always outweighs any spillover match (≤ 1.5). A trigger point's score is
 * the sum over the items; a muscle side's score is that of its best trigger point. Sorted by score,
 * then name, side and id: deterministic.
 *
 * Packs are treated as immutable: zones placed on a side are memoised per zone list and lookup
 * (placeZones.ts), and zone samples per placed zone (zoneSamples.ts).
 */
import { otherSide } from '../anatomy/names';
import { areaOverlap } from './areaOverlap';
import { boxContains, placedZone, placeZones, type PlacedZone } from './placeZones';
import type { LandmarkLookup, ReferralPack, Side, TriggerPointLike, Vec3, ZoneLike, ZoneStrength } from './types';
import { pointOverlap, zoneDistance } from './zoneDistance';

export interface RegionQueryItem {
  region: string;
  side: Side;
  /** 1 (mild) to 3 (strong); default 1. */
  intensity?: number | undefined;
}
export interface PointQueryItem {
  /** A marked skin point in model space. */
  position: Readonly<Vec3>;
  side: Side;
  intensity?: number | undefined;
}
/** A painted dab (model space); the quiz's `Dab` fits. */
export interface DabLike {
  center: Readonly<Vec3>;
  radius: number;
}
export interface DabsQueryItem {
  /** One painted stroke (or several dabs of one sore area), taken as one area. */
  dabs: readonly DabLike[];
  /** Only zones placed on this side; default: wherever the dabs are. */
  side?: Side | undefined;
  intensity?: number | undefined;
}
export interface ReferralQuery {
  regions?: readonly RegionQueryItem[] | undefined;
  points?: readonly PointQueryItem[] | undefined;
  dabs?: readonly DabsQueryItem[] | undefined;
}

export interface RankOptions {
  /** Overlap depth (0–1) an unlisted region or a stroke needs to count; default 0.1. */
  minOverlap?: number;
  /** Keep only the best n results. */
  limit?: number;
}

export interface ReferralMatch {
  /** Which query item: `regions[index]`, `points[index]` or `dabs[index]`. */
  item: 'region' | 'point' | 'dabs';
  index: number;
  /** The region id, for region items. */
  region?: string;
  /** The side of the body the matched zone lies on. */
  side: Side;
  zone: ZoneStrength;
  /** Index of the matched zone in the trigger point's essential or spillover list; −1 for a listed region with no overlap. */
  zoneIndex: number;
  /** 0–1, what the score grows with: mean of cover and within for areas, depth for points. */
  overlap: number;
  /** 0–1: overlap depth (areas), or how deep the point lies in the zone. */
  depth: number;
  /** Areas only: share of the marked area inside the trigger point's zones of this kind. */
  cover?: number;
  /** Areas only: share of the matched zone inside the marked area. */
  within?: number;
  /** Whether the trigger point lists the region in its `regions`. */
  listed: boolean;
  /** The item's intensity (1–3). */
  intensity: number;
  score: number;
}

export interface RankedMuscle {
  muscle: string;
  name: string;
  side: Side;
  score: number;
  /** The strongest zone among the matches of the chosen trigger point. */
  zone: ZoneStrength;
  triggerPoint: string;
  matches: ReferralMatch[];
}

export const ESSENTIAL_BASE = 2;
export const SPILLOVER_BASE = 0.5;
const SIDES: readonly Side[] = ['l', 'r'];

/** The intensity as given, clamped to 1–3 (1 when absent or not a number). */
export function clampIntensity(intensity: number | undefined): number {
  return intensity === undefined || !Number.isFinite(intensity) ? 1 : Math.min(3, Math.max(1, intensity));
}

/** 1, 1.25, 1.5 for intensity 1, 2, 3: enough to lift the sorest area, never a spillover above an essential match. */
export function intensityFactor(intensity: number | undefined): number {
  return 1 + (clampIntensity(intensity) - 1) / 4;
}

function matchScore(zone: ZoneStrength, overlap: number, intensity: number | undefined): number {
  const base = zone === 'essential' ? ESSENTIAL_BASE + overlap : SPILLOVER_BASE + SPILLOVER_BASE * overlap;
  return base * intensityFactor(intensity);
}

function bestPoint(zones: readonly PlacedZone[], p: Readonly<Vec3>): { depth: number; zone: PlacedZone } | undefined {
  let best: { depth: number; zone: PlacedZone } | undefined;
  for (const z of zones) {
    if (!boxContains(z.box, p) || zoneDistance(z.zone, p) > 0) continue;
    const depth = pointOverlap(z.zone, p);
    if (!best || depth > best.depth) best = { depth, zone: z };
  }
  return best;
}

type AreaMatch = Pick<ReferralMatch, 'side' | 'zone' | 'zoneIndex' | 'overlap' | 'depth' | 'cover' | 'within'>;

/** Essential first, else spillover (placed only when needed); `counts` decides whether an overlap depth is enough. */
function matchArea(area: readonly PlacedZone[], zones: (list: ZoneStrength, trp: TriggerPointLike, side: Side | undefined) => readonly PlacedZone[], trp: TriggerPointLike, side: Side | undefined, counts: (depth: number) => boolean): AreaMatch | undefined {
  let zone: ZoneStrength = 'essential';
  let o = areaOverlap(area, zones(zone, trp, side), counts);
  if (!o) o = areaOverlap(area, zones((zone = 'spillover'), trp, side), counts);
  if (!o) return undefined;
  return { side: o.zone.side, zone, zoneIndex: o.zone.index, overlap: (o.cover + o.within) / 2, depth: o.depth, cover: o.cover, within: o.within };
}

function areaMatch(item: 'region' | 'dabs', index: number, m: AreaMatch, listed: boolean, intensity: number | undefined, region?: string): ReferralMatch {
  const out: ReferralMatch = {
    item, index, side: m.side, zone: m.zone, zoneIndex: m.zoneIndex, overlap: m.overlap, depth: m.depth,
    listed, intensity: clampIntensity(intensity), score: matchScore(m.zone, m.overlap, intensity),
  };
  if (region !== undefined) out.region = region;
  if (m.cover !== undefined) out.cover = m.cover;
  if (m.within !== undefined) out.within = m.within;
  return out;
}

export function rankSourceMuscles(pack: ReferralPack, query: ReferralQuery, lookup: LandmarkLookup, options: RankOptions = {}): RankedMuscle[] {
  const minOverlap = options.minOverlap ?? 0.1;
  const regionItems = query.regions ?? [];
  const pointItems = query.points ?? [];
  const strokes = (query.dabs ?? []).map((item) => ({ item, area: placeDabs(item.dabs) }));
  if (regionItems.length === 0 && pointItems.length === 0 && strokes.length === 0) return [];

  const regionById = new Map(pack.regions.map((r) => [r.id, r]));
  const noZones: readonly ZoneLike[] = [];
  const area = (id: string, side: Side) => placeZones(regionById.get(id)?.area ?? noZones, side, lookup);
  const place = (trp: TriggerPointLike, list: ZoneStrength, side: Side) => placeZones(trp.referral[list], side, lookup);
  const placeOn = (list: ZoneStrength, trp: TriggerPointLike, side: Side | undefined) => placeZones(trp.referral[list], side!, lookup);
  // Each region item's area, placed once per query.
  const regionAreas = regionItems.map((item) => area(item.region, item.side));
  // A listed region counts from the first touch; an unlisted one (and a stroke) needs minOverlap.
  const countsListed = (depth: number) => depth > 0;
  const countsUnlisted = (depth: number) => depth > 0 && depth >= minOverlap;

  const results: RankedMuscle[] = [];
  for (const muscle of pack.muscles) {
    for (const side of SIDES) {
      let best: RankedMuscle | undefined;
      for (const trp of muscle.triggerPoints) {
        const both = trp.referral.side === 'both';
        const matches: ReferralMatch[] = [];
        for (let index = 0; index < regionItems.length; index++) {
          const item = regionItems[index]!;
          if (item.side !== side && !both) continue;
          const listed = trp.regions.includes(item.region);
          const s = item.side;
          let m: AreaMatch | undefined = matchArea(regionAreas[index]!, placeOn, trp, s, listed ? countsListed : countsUnlisted);
          if (!m && listed) m = { side: s, zone: 'spillover', zoneIndex: -1, overlap: 0, depth: 0 };
          if (m) matches.push(areaMatch('region', index, m, listed, item.intensity, item.region));
        }
        if (strokes.length > 0) {
          // A bilateral pattern is felt on both sides: its zones on both sides form one referral area.
          const placedSides = both ? [side, otherSide(side)] : [side];
          strokes.forEach(({ item, area: dabs }, index) => {
            const sides = item.side ? placedSides.filter((s) => s === item.side) : placedSides;
            if (sides.length === 0 || dabs.length === 0) return;
            const zonesOf = (list: ZoneStrength) => (sides.length === 1 ? place(trp, list, sides[0]!) : sides.flatMap((s) => place(trp, list, s)));
            const m = matchArea(dabs, zonesOf, trp, undefined, countsUnlisted);
            if (m) matches.push(areaMatch('dabs', index, m, false, item.intensity));
          });
        }
        pointItems.forEach((item, index) => {
          if (item.side !== side && !both) return;
          let zone: ZoneStrength = 'essential';
          let hit = bestPoint(place(trp, 'essential', item.side), item.position);
          if (!hit) [zone, hit] = ['spillover', bestPoint(place(trp, 'spillover', item.side), item.position)];
          if (!hit) return;
          matches.push({
            item: 'point', index, side: item.side, zone, zoneIndex: hit.zone.index, overlap: hit.depth, depth: hit.depth, listed: false,
            intensity: clampIntensity(item.intensity), score: matchScore(zone, hit.depth, item.intensity),
          });
        });
        if (matches.length === 0) continue;
        let score = 0;
        for (const m of matches) score += m.score;
        if (!best || score > best.score) {
          const zone: ZoneStrength = matches.some((m) => m.zone === 'essential') ? 'essential' : 'spillover';
          best = { muscle: muscle.id, name: muscle.name, side, score, zone, triggerPoint: trp.id, matches };
        }
      }
      if (best) results.push(best);
    }
  }
  results.sort(compareRanked);
  return options.limit !== undefined ? results.slice(0, Math.max(0, options.limit)) : results;
}

/** A stroke's dabs as placed zones (skipping empty or invalid dabs). */
function placeDabs(dabs: readonly DabLike[]): PlacedZone[] {
  const out: PlacedZone[] = [];
  dabs.forEach((d, index) => {
    if (!(d.radius > 0) || !d.center.every(Number.isFinite)) return;
    const zone = { kind: 'blob' as const, center: [d.center[0], d.center[1], d.center[2]] as Vec3, radius: d.radius };
    out.push(placedZone(zone, index, d.center[0] <= 0 ? 'r' : 'l'));
  });
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Best first: higher score, then name, side and muscle id (plain code-unit order, locale-free). */
export function compareRanked(a: RankedMuscle, b: RankedMuscle): number {
  return b.score - a.score || cmp(a.name, b.name) || cmp(a.side, b.side) || cmp(a.muscle, b.muscle);
}
