/**
 * Zone lists placed on a side, memoised per landmark lookup and per zone list (arrays of an
 * immutable pack are the keys, held weakly). Repeated pain-finder queries on the same pack then
 * skip re-resolving anchors. Each placed zone carries its bounds for a cheap overlap pre-test.
 */
import { resolveZone } from './resolveZone';
import type { LandmarkLookup, ResolvedZone, Side, ZoneLike } from './types';
import { zoneBounds } from './zoneDistance';

export type Bounds = [number, number, number, number, number, number];

export interface PlacedZone {
  zone: ResolvedZone;
  box: Bounds;
  /** Index of the zone in the list it was placed from (unplaceable zones are skipped). */
  index: number;
  side: Side;
  /** Sample points inside the zone, filled on first use by the area-overlap measure (zoneSamples). */
  samples?: Float64Array | undefined;
  /** The zone as a capsule table, filled on first use (zoneSamples.ts capsuleTable). */
  capsules?: Float64Array | undefined;
  /** The zone's volume, filled on first use (areaOverlap.ts zoneVolume). */
  volume?: number | undefined;
}

type PerSide = { l?: PlacedZone[]; r?: PlacedZone[] };
const memo = new WeakMap<LandmarkLookup, WeakMap<readonly ZoneLike[], PerSide>>();

/** The zones of `list` that can be placed on `side` (unknown landmarks are left out). */
export function placeZones(list: readonly ZoneLike[], side: Side, lookup: LandmarkLookup): PlacedZone[] {
  let byList = memo.get(lookup);
  if (!byList) memo.set(lookup, (byList = new WeakMap()));
  let entry = byList.get(list);
  if (!entry) byList.set(list, (entry = {}));
  let placed = entry[side];
  if (!placed) {
    placed = [];
    list.forEach((z, index) => {
      const zone = resolveZone(z, side, lookup);
      if (zone) placed!.push(placedZone(zone, index, side));
    });
    entry[side] = placed;
  }
  return placed;
}

/**
 * A placed zone with every field present from the start (the lazy caches as undefined), so all
 * placed zones share one object shape and the hot loops that read them stay fast.
 */
export function placedZone(zone: ResolvedZone, index: number, side: Side): PlacedZone {
  return { zone, box: zoneBounds(zone), index, side, samples: undefined, capsules: undefined, volume: undefined };
}

export function boxesOverlap(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[3] && b[0] <= a[3] && a[1] <= b[4] && b[1] <= a[4] && a[2] <= b[5] && b[2] <= a[5];
}

export function boxContains(b: Bounds, p: readonly [number, number, number]): boolean {
  return p[0] >= b[0] && p[0] <= b[3] && p[1] >= b[1] && p[1] <= b[4] && p[2] >= b[2] && p[2] <= b[5];
}
