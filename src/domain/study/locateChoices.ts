/**
 * The keyboard alternative of a locate question: the trigger point's own spot plus other trigger
 * points' spots (the same muscle's first, then its body region's, so they are plausible), each
 * labelled with its location text from the pack.
 */
import { LANDMARKS } from '../anatomy/landmarks';
import { landmarkPosition, resolveAnchor } from '../referral/resolveAnchor';
import type { AnchorLike, LandmarkLookup, Side, Vec3 } from '../referral/types';
import type { LocateChoice } from '../quiz/types';
import { sideSign } from '../anatomy/names';
import { namesMuscle } from './cardText';
import { shuffled, type Random } from './seededRandom';
import type { StudyMuscle, StudyPack, StudyTriggerPoint } from './types';

/** Two spots closer than this would be the same click on the body. */
export const MIN_CHOICE_DISTANCE_M = 0.03;

const MAX_OFFSET_M = 0.5;

/**
 * A surface-point anchor as the nearest catalogue landmark plus an offset written for the side
 * (lateral, up, forward), as `LocateChoice` needs a landmark.
 */
function nearestLandmarkAnchor(point: readonly [number, number, number], side: Side, lookup: LandmarkLookup): Omit<LocateChoice, 'label'> | undefined {
  const s = sideSign(side);
  const p: Vec3 = [point[0] * s, point[1], point[2]];
  let best: { landmark: string; offset: [number, number, number]; d: number } | undefined;
  for (const l of LANDMARKS) {
    const at = landmarkPosition(l.id, side, lookup);
    if (!at) continue;
    const offset: [number, number, number] = [(p[0] - at[0]) * s, p[1] - at[1], p[2] - at[2]];
    if (offset.some((v) => Math.abs(v) > MAX_OFFSET_M)) continue;
    const d = Math.hypot(...offset);
    if (!best || d < best.d) best = { landmark: l.id, offset, d };
  }
  return best && { landmark: best.landmark, offset: best.offset };
}

function anchorChoice(anchor: AnchorLike, label: string, side: Side, lookup: LandmarkLookup | undefined): LocateChoice | undefined {
  if (anchor.landmark !== undefined) {
    const [x, y, z] = anchor.offset ?? [0, 0, 0];
    return { label, landmark: anchor.landmark, offset: [x, y, z] };
  }
  if (anchor.point && lookup) {
    const a = nearestLandmarkAnchor(anchor.point, side, lookup);
    return a && { label, ...a };
  }
  return undefined;
}

function distance(a: Readonly<Vec3>, b: Readonly<Vec3>): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * 1 + `distractors` choices in random order, exactly one of them the trigger point (`answerIndex`).
 * With a lookup, spots within MIN_CHOICE_DISTANCE_M of one already chosen are skipped. Throws when
 * the trigger point itself cannot be written as a landmark choice (a surface point and no lookup).
 */
export function locateChoices(
  pack: StudyPack,
  muscle: StudyMuscle,
  trp: StudyTriggerPoint,
  side: Side,
  rnd: Random,
  lookup?: LandmarkLookup,
  distractors = 3,
): { choices: LocateChoice[]; answerIndex: number } {
  const answer = anchorChoice(trp.anchor, trp.location, side, lookup);
  if (!answer) throw new Error(`locate: trigger point ${trp.id} has a surface-point anchor; pass a landmark lookup`);
  const where = (c: LocateChoice) => (lookup ? resolveAnchor({ landmark: c.landmark, offset: c.offset }, side, lookup) : undefined);
  const picked: { choice: LocateChoice; at: Vec3 | undefined }[] = [{ choice: answer, at: where(answer) }];
  // Other trigger points of the same muscle first, then of its body region, then the rest.
  const groups = [
    pack.muscles.filter((m) => m === muscle),
    pack.muscles.filter((m) => m !== muscle && m.region === muscle.region),
    pack.muscles.filter((m) => m.region !== muscle.region),
  ];
  const pool = groups.flatMap((group) =>
    shuffled(
      group.flatMap((m) => m.triggerPoints.filter((t) => t !== trp).map((t) => ({ m, t }))),
      rnd,
    ),
  );
  for (const { m, t } of pool) {
    if (picked.length > distractors) break;
    // A label that names the asked muscle or its own other muscle gives itself away as wrong.
    if (namesMuscle(t.location, muscle) || (m !== muscle && namesMuscle(t.location, m))) continue;
    const c = anchorChoice(t.anchor, t.location, side, lookup);
    if (!c || picked.some((p) => p.choice.label === c.label)) continue;
    const at = where(c);
    if (at && picked.some((p) => p.at && distance(p.at, at) < MIN_CHOICE_DISTANCE_M)) continue;
    picked.push({ choice: c, at });
  }
  const choices = shuffled(
    picked.map((p) => p.choice),
    rnd,
  );
  return { choices, answerIndex: choices.indexOf(answer) };
}
