/**
 * Scoring a locate answer: the straight-line distance from the clicked point (or the chosen spot of
 * the keyboard list, placed with the lookup) to the nearest trigger point of the asked muscle on the
 * question's side. Full marks within LOCATE_FULL_MARKS_M, falling linearly to 0 at LOCATE_ZERO_M;
 * correct from a score of 0.5 (7.5 cm). Any trigger point of the muscle counts, as the prompt for a
 * muscle with several says "a trigger point"; the one measured against is reported in the marking.
 */
import { resolveAnchor } from '../referral/resolveAnchor';
import type { LandmarkLookup, Vec3 } from '../referral/types';
import type { ScoringPack } from './quizPack';
import type { Answer, LocateQuestion, Marking } from './types';

export const LOCATE_FULL_MARKS_M = 0.03;
export const LOCATE_ZERO_M = 0.12;
export const LOCATE_PASS_SCORE = 0.5;

/** 1 up to the full-marks distance, linear to 0 at the zero distance; 0 for anything not finite. */
export function locateScore(distanceM: number): number {
  if (!(distanceM >= 0) || !Number.isFinite(distanceM)) return 0;
  if (distanceM <= LOCATE_FULL_MARKS_M) return 1;
  if (distanceM >= LOCATE_ZERO_M) return 0;
  return 1 - (distanceM - LOCATE_FULL_MARKS_M) / (LOCATE_ZERO_M - LOCATE_FULL_MARKS_M);
}

function formatCm(metres: number): string {
  return `${(metres * 100).toFixed(1)} cm`;
}

export function scoreLocate(q: LocateQuestion, answer: Extract<Answer, { type: 'locate-trp' }>, ctx: { lookup: LandmarkLookup; pack: ScoringPack }): Marking {
  const muscle = ctx.pack.muscles.find((m) => m.id === q.muscleId);
  const targets = (muscle?.triggerPoints ?? [])
    .map((t) => ({ id: t.id, location: t.location, at: resolveAnchor(t.anchor, q.side, ctx.lookup) }))
    .filter((t): t is { id: string; location: string | undefined; at: Vec3 } => t.at !== undefined);
  const asked = targets.find((t) => t.id === q.triggerPointId) ?? targets[0];
  const where = (t: { location: string | undefined } | undefined) => (t?.location ? `: ${t.location}` : '');
  const expected = asked ? `Within ${formatCm(LOCATE_FULL_MARKS_M)} of the trigger point${where(asked)}` : 'The trigger point is not in the pack';

  const choice = answer.choiceIndex !== undefined ? q.choices[answer.choiceIndex] : undefined;
  const position = answer.position ?? (choice ? resolveAnchor(choice, q.side, ctx.lookup) : undefined);
  if (!position || !position.every(Number.isFinite)) return { score: 0, correct: false, given: choice ? `${choice.label} (not on this body)` : 'No answer', expected };
  if (!asked) return { score: 0, correct: false, given: 'Not scored', expected };

  let nearest = asked;
  let d = Infinity;
  for (const t of targets) {
    const dt = Math.hypot(position[0] - t.at[0], position[1] - t.at[1], position[2] - t.at[2]);
    if (dt < d) [d, nearest] = [dt, t];
  }
  const score = locateScore(d);
  const away = `${formatCm(d)} away`;
  return {
    score,
    correct: score >= LOCATE_PASS_SCORE,
    given: choice && !answer.position ? `${choice.label}: ${away}` : away,
    expected: nearest === asked ? expected : `Within ${formatCm(LOCATE_FULL_MARKS_M)} of a trigger point${where(nearest)}`,
    detail: { distanceCm: Math.round(d * 1000) / 10, triggerPointId: nearest.id },
  };
}
