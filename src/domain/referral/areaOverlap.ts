/**
 * How an area (a region's zones, or a painted stroke's dabs) overlaps a trigger point's referral
 * zones (essential or spillover), measured three ways:
 * - depth: the deepest overlap of any area zone with any referral zone (zoneOverlap, 0–1); it
 *   decides whether the overlap counts at all (a graze at the edge does not);
 * - cover: the share of the area that lies inside the referral zones (sampled);
 * - within: for the best referral zone, the share of it that lies inside the area: the larger of the
 *   share of its samples inside the area and the area's (sampled) volume inside it over its volume,
 *   so a small painted dab inside a large zone still registers.
 * cover and within keep growing with the real overlap where depth saturates, so together they rank
 * patterns that both reach a large region by how much of it they fill and how much of them it holds.
 *
 * Monotonic by construction: a larger area (added zones) never lowers `within`, nor `cover` when the
 * added part lies inside the referral zones; more referral zones never lower `cover` or `within`.
 */
import { boxesOverlap, type Bounds, type PlacedZone } from './placeZones';
import { capsuleTable, insideCapsules, zoneSamples } from './zoneSamples';
import type { ResolvedZone } from './types';
import { zoneOverlap } from './zoneDistance';

export interface AreaOverlap {
  depth: number;
  cover: number;
  within: number;
  /** The referral zone with the best `within` (then depth; then first in order). */
  zone: PlacedZone;
}

function unionBox(zones: readonly PlacedZone[], n = zones.length): Bounds {
  const b: Bounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const box = zones[i]!.box;
    for (let k = 0; k < 3; k++) {
      if (box[k]! < b[k]!) b[k] = box[k]!;
      if (box[k + 3]! > b[k + 3]!) b[k + 3] = box[k + 3]!;
    }
  }
  return b;
}

function inBox(b: Bounds, x: number, y: number, z: number): boolean {
  return x >= b[0] && x <= b[3] && y >= b[1] && y <= b[4] && z >= b[2] && z <= b[5];
}

function insideAny(zones: readonly PlacedZone[], x: number, y: number, z: number): boolean {
  for (const pz of zones) if (inBox(pz.box, x, y, z) && insideCapsules((pz.capsules ??= capsuleTable(pz.zone)), x, y, z)) return true;
  return false;
}

/**
 * How many of the samples (xyz triples) lie inside any of `zones` (`box` bounds the zones); −1 as
 * soon as fewer than `needed` can be reached.
 */
function countInside(samples: Float64Array, zones: readonly PlacedZone[], box: Bounds, needed = 0): number {
  let hit = 0;
  let left = samples.length / 3;
  for (let i = 0; i < samples.length; i += 3) {
    if (hit + left < needed) return -1;
    left--;
    const x = samples[i]!;
    const y = samples[i + 1]!;
    const z = samples[i + 2]!;
    if (inBox(box, x, y, z) && insideAny(zones, x, y, z)) hit++;
  }
  return hit;
}

/** A zone's volume: a ball, or the capsules of a path (their overlaps at the joints counted twice). */
export function zoneVolume(zone: ResolvedZone): number {
  const r = zone.kind === 'blob' ? zone.radius : zone.halfWidth;
  let v = (4 / 3) * Math.PI * r * r * r;
  if (zone.kind === 'path') {
    const p = zone.points;
    for (let i = 0; i + 1 < p.length; i++) v += Math.PI * r * r * Math.hypot(p[i + 1]![0] - p[i]![0], p[i + 1]![1] - p[i]![1], p[i + 1]![2] - p[i]![2]);
  }
  return v;
}

function volumeOf(pz: PlacedZone): number {
  return (pz.volume ??= zoneVolume(pz.zone));
}

function samplesOf(pz: PlacedZone): Float64Array {
  return (pz.samples ??= zoneSamples(pz.zone));
}

const areaBoxes = new WeakMap<readonly PlacedZone[], Bounds>();
const touched: PlacedZone[] = [];
const depths: number[] = [];
const inVolume: number[] = [];
/** Samples an area zone must put into a referral zone's volume for its volume estimate to count. */
const FINE = 4;

/**
 * Undefined when no area zone overlaps any referral zone (depth 0), or when `counts` rejects the
 * depth (then the sampled measures are not worth computing).
 */
export function areaOverlap(area: readonly PlacedZone[], zones: readonly PlacedZone[], counts: (depth: number) => boolean = (d) => d > 0): AreaOverlap | undefined {
  let areaBox = areaBoxes.get(area);
  if (!areaBox) areaBoxes.set(area, (areaBox = unionBox(area)));
  // Scratch lists reused across calls (the ranking calls this thousands of times per query); `nt`
  // entries of them are live.
  let nt = 0;
  let depth = 0;
  for (const z of zones) {
    if (!boxesOverlap(areaBox, z.box)) continue;
    let zDepth = 0;
    for (const a of area) if (boxesOverlap(a.box, z.box)) zDepth = Math.max(zDepth, zoneOverlap(a.zone, z.zone));
    if (!(zDepth > 0)) continue;
    touched[nt] = z;
    depths[nt] = zDepth;
    nt++;
    if (zDepth > depth) depth = zDepth;
  }
  if (nt === 0 || !counts(depth)) return undefined;
  // Cover: the area's samples inside any touched zone (only touched zones can hold any of it). The
  // same pass weighs, per touched zone, the area inside it by volume (each sample stands for an equal
  // share of its area zone's volume), for `within` when the area is much smaller than the zone.
  for (let i = 0; i < nt; i++) inVolume[i] = 0;
  const touchedBox = nt === 1 ? touched[0]!.box : unionBox(touched, nt);
  let hit = 0;
  let n = 0;
  for (const a of area) {
    const s = samplesOf(a);
    const count = s.length / 3;
    n += count;
    if (count === 0 || !boxesOverlap(a.box, touchedBox)) continue;
    const w = volumeOf(a) / count;
    for (let k = 0; k < s.length; k += 3) {
      const x = s[k]!;
      const y = s[k + 1]!;
      const z = s[k + 2]!;
      if (!inBox(touchedBox, x, y, z)) continue;
      let any = false;
      for (let i = 0; i < nt; i++) {
        const pz = touched[i]!;
        if (inBox(pz.box, x, y, z) && insideCapsules((pz.capsules ??= capsuleTable(pz.zone)), x, y, z)) {
          any = true;
          // Only an area zone sampled finely enough for this zone (a few samples to its volume)
          // measures its volume; coarser ones (a large region around a small zone) would overstate it.
          if (w * FINE <= volumeOf(pz)) inVolume[i]! += w;
        }
      }
      if (any) hit++;
    }
  }
  // Within, per touched zone: the larger of its samples' share inside the area and the area's volume
  // inside it over its volume (both only grow with the area); the best zone is reported.
  let best = 0;
  let bestWithin = -1;
  for (let i = 0; i < nt; i++) {
    const pz = touched[i]!;
    const byVolume = Math.min(1, inVolume[i]! / volumeOf(pz));
    let within = byVolume;
    if (byVolume < 1) {
      const samples = samplesOf(pz);
      const count = samples.length / 3;
      // Stop counting once the samples can no longer beat the best so far (ties still count).
      const target = Math.max(bestWithin, byVolume);
      const hits = count > 0 ? countInside(samples, area, areaBox, Math.ceil(target * count - 1e-9)) : 0;
      if (hits >= 0 && count > 0) within = Math.max(within, hits / count);
    }
    if (within > bestWithin || (within === bestWithin && depths[i]! > depths[best]!)) {
      best = i;
      bestWithin = within;
    }
  }
  return { depth, cover: n > 0 ? hit / n : 0, within: bestWithin, zone: touched[best]! };
}
