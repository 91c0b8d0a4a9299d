/**
 * "Locate the trigger point": click where the muscle's trigger point is. The keyboard alternative is
 * a list of 4–6 labelled spots: the trigger point's own anchor and anchors of other muscles' trigger
 * points in the same or a neighbouring body region. With a body at hand those lie at least
 * LOCATE_CHOICE_MIN_DISTANCE from every trigger point of the asked muscle, so a wrong pick scores
 * below the pass mark (see scoreLocate.ts); the scorer finds the right choice by its anchor, never
 * by its label.
 */
import { LANDMARKS } from '../anatomy/landmarks';
import { sidedMuscleName, sideSign } from '../anatomy/names';
import { landmarkPosition, resolveAnchor } from '../referral/resolveAnchor';
import type { AnchorLike, LandmarkLookup, Side, Vec3 } from '../referral/types';
import { muscleBodyRegion } from './bodyRegionNeighbours';
import { firstBuilt, nearbyMuscles, questionId, randomSide, trpSubjects, type GenContext } from './genContext';
import { MAX_OPTIONS, MIN_OPTIONS } from './genNameFromPattern';
import { locateLabel } from './locateLabel';
import type { LocateChoice, LocateQuestion } from './types';

/** Wrong spots lie at least this far (m) from the trigger point: beyond the distance that still passes. */
export const LOCATE_CHOICE_MIN_DISTANCE = 0.08;
/** Spots on the list lie at least this far (m) apart, so no two are the same place in other words. */
export const LOCATE_CHOICE_MIN_SPACING = 0.03;

type Offset = [number, number, number];

function dist(a: Readonly<Vec3>, b: Readonly<Vec3>): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * An anchor as landmark + offset on `side`: landmark anchors as written; a surface point becomes an
 * offset from the nearest landmark (needs the lookup). Undefined when that is not possible.
 */
export function anchorAsLandmark(anchor: AnchorLike, side: Side, lookup: LandmarkLookup | undefined): { landmark: string; offset: Offset } | undefined {
  if (anchor.landmark !== undefined) {
    const o = anchor.offset ?? [0, 0, 0];
    return { landmark: anchor.landmark, offset: [o[0], o[1], o[2]] };
  }
  if (!anchor.point || !lookup) return undefined;
  const p = resolveAnchor(anchor, side, lookup)!;
  let best: { landmark: string; at: Readonly<Vec3>; d: number } | undefined;
  for (const l of LANDMARKS) {
    const at = landmarkPosition(l.id, side, lookup);
    if (!at) continue;
    const d = dist(at, p);
    if (!best || d < best.d) best = { landmark: l.id, at, d };
  }
  if (!best) return undefined;
  const s = sideSign(side);
  return { landmark: best.landmark, offset: [(p[0] - best.at[0]) * s, p[1] - best.at[1], p[2] - best.at[2]] };
}

export function genLocateTrp(ctx: GenContext): LocateQuestion | null {
  return firstBuilt(ctx, 'locate-trp', trpSubjects(ctx.pool), (s) => s.trp.id, ({ muscle, trp }) => {
    const region = muscleBodyRegion(muscle);
    if (!region) return null;
    const side = randomSide(ctx);
    const { lookup } = ctx;
    const answer = anchorAsLandmark(trp.anchor, side, lookup);
    if (!answer) return null;
    const want = MIN_OPTIONS + ctx.rng.int(MAX_OPTIONS - MIN_OPTIONS + 1);
    const choices: LocateChoice[] = [{ label: locateLabel(answer.landmark, answer.offset, side), ...answer }];
    // Positions to keep away from: every trigger point of the asked muscle (any of them is "right").
    const own = lookup ? muscle.triggerPoints.map((t) => resolveAnchor(t.anchor, side, lookup)).filter((p): p is Vec3 => p !== undefined) : [];
    if (lookup && own.length === 0) return null;
    const placed: Vec3[] = lookup ? [resolveAnchor(answer, side, lookup)!] : [];
    const labels = new Set([choices[0]!.label]);
    for (const other of nearbyMuscles(ctx, [region], new Set([muscle.id]))) {
      if (choices.length >= want) break;
      for (const t of ctx.rng.shuffle(other.triggerPoints)) {
        const c = anchorAsLandmark(t.anchor, side, lookup);
        if (!c) continue;
        const label = locateLabel(c.landmark, c.offset, side);
        if (labels.has(label)) continue;
        if (lookup) {
          const p = resolveAnchor(c, side, lookup);
          if (!p || own.some((q) => dist(p, q) < LOCATE_CHOICE_MIN_DISTANCE) || placed.some((q) => dist(p, q) < LOCATE_CHOICE_MIN_SPACING)) continue;
          placed.push(p);
        } else if (!farApartWithoutBody(c, muscle.triggerPoints.map((x) => x.anchor))) continue;
        labels.add(label);
        choices.push({ label, ...c });
        break; // one spot per muscle keeps the list varied
      }
    }
    if (choices.length < MIN_OPTIONS) return null;
    const several = muscle.triggerPoints.length > 1;
    return {
      id: questionId(ctx, 'locate-trp', muscle.id, trp.id),
      type: 'locate-trp',
      prompt: `Click where ${several ? 'a' : 'the'} trigger point of the ${sidedMuscleName(muscle, side)} is.`,
      explanation: `${trp.location} ${trp.depth === 'deep' ? 'It lies deep: press through the overlying tissue.' : ''}`.trim(),
      sources: [...trp.sources],
      muscleId: muscle.id,
      side,
      triggerPointId: trp.id,
      choices: ctx.rng.shuffle(choices),
    };
  });
}

/**
 * Without a body, distances are unknown: accept a spot on another landmark, or on the same landmark
 * as one of the muscle's trigger points only when the offsets differ by the minimum distance.
 */
function farApartWithoutBody(c: { landmark: string; offset: Offset }, own: readonly AnchorLike[]): boolean {
  for (const a of own) {
    if (a.landmark !== c.landmark) continue;
    const o = a.offset ?? [0, 0, 0];
    if (dist([o[0], o[1], o[2]], c.offset) < LOCATE_CHOICE_MIN_DISTANCE) return false;
  }
  return true;
}
