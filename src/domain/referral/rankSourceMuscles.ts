/**
 * The pain finder: which muscles commonly refer to the marked regions or skin points, ranked.
 * "Commonly refer here" — never a diagnosis.
 *
 * Each query item (a region or a marked point) carries the patient's side. A trigger point of the
 * muscle on side s can answer an item on side s, or on either side when its referral is bilateral
 * (`referral.side: 'both'`). Its zones are placed on the item's side and compared:
 * - region: overlap of the region's area with the essential / spillover zones; a region the trigger
 *   point lists in `regions` counts from the first touch, an unlisted one needs `minOverlap`; a listed
 *   region with no overlap at all (or without geometry) still counts as a weak spillover match;
 * - point: inside a zone, by depth.
 * An essential match scores 2–3, a spillover match 0.5–1 (more overlap, more score), so an essential
 * match always outweighs a spillover one. A trigger point's score is the sum over the items, taking
 * its best zone per item; a muscle side's score is that of its best trigger point. Sorted by score,
 * then name, side and id: deterministic.
 *
 * Packs are treated as immutable: zones placed on a side are memoised per zone list and lookup
 * (placeZones.ts), so repeated queries on the same pack are cheap.
 */
import { boxContains, boxesOverlap, placeZones, type PlacedZone } from './placeZones';
import type { LandmarkLookup, ReferralPack, Side, Vec3, ZoneLike, ZoneStrength } from './types';
import { pointOverlap, zoneDistance, zoneOverlap } from './zoneDistance';

export interface RegionQueryItem {
  region: string;
  side: Side;
}
export interface PointQueryItem {
  /** A marked skin point in model space. */
  position: Readonly<Vec3>;
  side: Side;
}
export interface ReferralQuery {
  regions?: readonly RegionQueryItem[];
  points?: readonly PointQueryItem[];
}

export interface RankOptions {
  /** Overlap (0–1) an unlisted region needs to count; default 0.1. */
  minOverlap?: number;
  /** Keep only the best n results. */
  limit?: number;
}

export interface ReferralMatch {
  /** Which query item: `regions[index]` or `points[index]`. */
  item: 'region' | 'point';
  index: number;
  /** The region id, for region items. */
  region?: string;
  side: Side;
  zone: ZoneStrength;
  /** 0–1: how much of the zone the item covers (0 for a listed region without geometry). */
  overlap: number;
  /** Whether the trigger point lists the region in its `regions`. */
  listed: boolean;
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

function matchScore(zone: ZoneStrength, overlap: number): number {
  return zone === 'essential' ? ESSENTIAL_BASE + overlap : SPILLOVER_BASE + SPILLOVER_BASE * overlap;
}

function bestOverlap(area: readonly PlacedZone[], zones: readonly PlacedZone[]): number {
  let best = -1;
  for (const a of area) {
    for (const z of zones) best = Math.max(best, boxesOverlap(a.box, z.box) ? zoneOverlap(a.zone, z.zone) : 0);
  }
  return best;
}

function bestPointOverlap(zones: readonly PlacedZone[], p: Readonly<Vec3>): number {
  let best = -1;
  for (const z of zones) if (boxContains(z.box, p) && zoneDistance(z.zone, p) <= 0) best = Math.max(best, pointOverlap(z.zone, p));
  return best;
}

export function rankSourceMuscles(pack: ReferralPack, query: ReferralQuery, lookup: LandmarkLookup, options: RankOptions = {}): RankedMuscle[] {
  const minOverlap = options.minOverlap ?? 0.1;
  const regionItems = query.regions ?? [];
  const pointItems = query.points ?? [];
  if (regionItems.length === 0 && pointItems.length === 0) return [];

  const regionById = new Map(pack.regions.map((r) => [r.id, r]));
  const noZones: readonly ZoneLike[] = [];
  const area = (id: string, side: Side) => placeZones(regionById.get(id)?.area ?? noZones, side, lookup);

  const results: RankedMuscle[] = [];
  for (const muscle of pack.muscles) {
    for (const side of SIDES) {
      let best: RankedMuscle | undefined;
      for (const trp of muscle.triggerPoints) {
        const both = trp.referral.side === 'both';
        const matches: ReferralMatch[] = [];
        regionItems.forEach((item, index) => {
          if (item.side !== side && !both) return;
          const regionArea = area(item.region, item.side);
          const listed = trp.regions.includes(item.region);
          const counts = (overlap: number) => overlap > 0 && (listed || overlap >= minOverlap);
          const ess = bestOverlap(regionArea, placeZones(trp.referral.essential, item.side, lookup));
          const spill = counts(ess) ? -1 : bestOverlap(regionArea, placeZones(trp.referral.spillover, item.side, lookup));
          let zone: ZoneStrength | undefined;
          let overlap = 0;
          if (counts(ess)) [zone, overlap] = ['essential', ess];
          else if (counts(spill)) [zone, overlap] = ['spillover', spill];
          else if (listed) [zone, overlap] = ['spillover', 0];
          if (zone) matches.push({ item: 'region', index, region: item.region, side: item.side, zone, overlap, listed, score: matchScore(zone, overlap) });
        });
        pointItems.forEach((item, index) => {
          if (item.side !== side && !both) return;
          const ess = bestPointOverlap(placeZones(trp.referral.essential, item.side, lookup), item.position);
          const spill = ess >= 0 ? -1 : bestPointOverlap(placeZones(trp.referral.spillover, item.side, lookup), item.position);
          let zone: ZoneStrength | undefined;
          let overlap = 0;
          if (ess >= 0) [zone, overlap] = ['essential', ess];
          else if (spill >= 0) [zone, overlap] = ['spillover', spill];
          if (zone) matches.push({ item: 'point', index, side: item.side, zone, overlap, listed: false, score: matchScore(zone, overlap) });
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Best first: higher score, then name, side and muscle id (plain code-unit order, locale-free). */
export function compareRanked(a: RankedMuscle, b: RankedMuscle): number {
  return b.score - a.score || cmp(a.name, b.name) || cmp(a.side, b.side) || cmp(a.muscle, b.muscle);
}
