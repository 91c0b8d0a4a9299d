/**
 * How an area (a region's zones, or a painted stroke's dabs) overlaps a trigger point's referral
 * zones (essential or spillover), measured three ways:
 * - depth: the deepest overlap of any area zone with any referral zone (zoneOverlap, 0–1); it
 *   decides whether the overlap counts at all (a graze at the edge does not);
 * - cover: the share of the area that lies inside the referral zones (sampled);
 * - within: for the best referral zone, the share of it that lies inside the area (sampled).
 * cover and within keep growing with the real overlap where depth saturates, so together they rank
 * patterns that both reach a large region by how much of it they fill and how much of them it holds.
 *
 * Monotonic by construction: a larger area (added zones) never lowers `within`, nor `cover` when the
 * added part lies inside the referral zones; more referral zones never lower `cover` or `within`.
 */
import { boxesOverlap, type Bounds, type PlacedZone } from './placeZones';
import { capsuleTable, insideCapsules, zoneSamples } from './zoneSamples';
import { zoneOverlap } from './zoneDistance';

export interface AreaOverlap {
  depth: number;
  cover: number;
  within: number;
  /** The referral zone with the best `within` (then depth; then first in order). */
  zone: PlacedZone;
}

function unionBox(zones: readonly PlacedZone[]): Bounds {
  const b: Bounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const { box } of zones) {
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

function samplesOf(pz: PlacedZone): Float64Array {
  return (pz.samples ??= zoneSamples(pz.zone));
}

const areaBoxes = new WeakMap<readonly PlacedZone[], Bounds>();
const touched: PlacedZone[] = [];
const depths: number[] = [];

/**
 * Undefined when no area zone overlaps any referral zone (depth 0), or when `counts` rejects the
 * depth (then the sampled measures are not worth computing).
 */
export function areaOverlap(area: readonly PlacedZone[], zones: readonly PlacedZone[], counts: (depth: number) => boolean = (d) => d > 0): AreaOverlap | undefined {
  let areaBox = areaBoxes.get(area);
  if (!areaBox) areaBoxes.set(area, (areaBox = unionBox(area)));
  // Scratch lists reused across calls (the ranking calls this thousands of times per query).
  touched.length = 0;
  depths.length = 0;
  let depth = 0;
  for (const z of zones) {
    if (!boxesOverlap(areaBox, z.box)) continue;
    let zDepth = 0;
    for (const a of area) if (boxesOverlap(a.box, z.box)) zDepth = Math.max(zDepth, zoneOverlap(a.zone, z.zone));
    if (!(zDepth > 0)) continue;
    touched.push(z);
    depths.push(zDepth);
    if (zDepth > depth) depth = zDepth;
  }
  if (touched.length === 0 || !counts(depth)) return undefined;
  // Only zones that the area touches can hold any of it: the others have within = 0.
  let best = 0;
  let bestWithin = -1;
  for (let i = 0; i < touched.length; i++) {
    const samples = samplesOf(touched[i]!);
    const n = samples.length / 3;
    // Stop counting once this zone can no longer reach the best share so far (ties still count).
    const hits = n > 0 ? countInside(samples, area, areaBox, Math.ceil(bestWithin * n - 1e-9)) : 0;
    if (hits < 0) continue;
    const within = n > 0 ? hits / n : 0;
    if (within > bestWithin || (within === bestWithin && depths[i]! > depths[best]!)) {
      best = i;
      bestWithin = within;
    }
  }
  const touchedBox = touched.length === 1 ? touched[0]!.box : unionBox(touched);
  let hit = 0;
  let n = 0;
  for (const a of area) {
    const s = samplesOf(a);
    n += s.length / 3;
    if (boxesOverlap(a.box, touchedBox)) hit += countInside(s, touched, touchedBox);
  }
  return { depth, cover: n > 0 ? hit / n : 0, within: bestWithin, zone: touched[best]! };
}
