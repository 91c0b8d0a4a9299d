/**
 * Scoring an answer: pure, from the question, the answer and the body (landmark lookup, skin
 * vertices). Scores are 0–1; `correct` means the score reaches the question's pass mark: 1 for
 * choices, LOCATE_PASS_SCORE for locate, DRAW_PASS_IOU (as a score of 0.5) for draw.
 *
 * - name-from-pattern: the chosen muscle, or a typed name (matchTypedMuscle). 1 or 0.
 * - locate-trp: by distance (scoreLocate.ts).
 * - draw-pattern: IoU with the essential zone, spillover neutral (drawIoU.ts); score =
 *   min(1, IoU / DRAW_FULL_IOU), so a painting covering the zone well (IoU 0.6, which already means
 *   a close match on a coarse mesh with a round brush) gets full marks, and IoU ≥ DRAW_PASS_IOU passes.
 * - which-refers / practice: multi-select, score = max(0, (right picks − wrong picks) / number
 *   correct), correct only when exactly the right ones are picked.
 */
import { placeZones } from '../referral/placeZones';
import { resolveReferral } from '../referral/resolveZone';
import type { LandmarkLookup, ResolvedZone } from '../referral/types';
import { drawIoU } from './drawIoU';
import { matchTypedMuscle } from './matchTypedMuscle';
import type { ScoringPack } from './quizPack';
import { scoreLocate } from './scoreLocate';
import type { Answer, DrawQuestion, Marking, NameFromPatternQuestion, Question } from './types';

export const DRAW_FULL_IOU = 0.6;
export const DRAW_PASS_IOU = 0.3;

export interface ScoreContext {
  lookup: LandmarkLookup;
  /** The skin's vertex positions (xyz, model space), for draw questions. */
  skinPositions?: Float32Array | undefined;
  pack: ScoringPack;
}

const NO_ANSWER = 'No answer';

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function muscleName(pack: ScoringPack, id: string): string {
  return capitalise(pack.muscles.find((m) => m.id === id)?.name ?? id);
}

function list(items: readonly string[]): string {
  return items.length ? items.join(', ') : 'None';
}

/** Multi-select marking: right picks minus wrong picks over the number correct, floored at 0. */
export function multiSelectScore(picked: readonly (string | number)[], correct: readonly (string | number)[]): { score: number; correct: boolean } {
  const want = new Set(correct);
  const got = new Set(picked);
  let right = 0;
  let wrong = 0;
  for (const p of got) if (want.has(p)) right++;
  else wrong++;
  if (want.size === 0) return { score: 0, correct: false };
  return { score: Math.max(0, (right - wrong) / want.size), correct: right === want.size && wrong === 0 };
}

function scoreName(q: NameFromPatternQuestion, a: Extract<Answer, { type: 'name-from-pattern' }>, pack: ScoringPack): Marking {
  const typed = a.typed?.trim();
  const id = a.muscleId ?? (typed ? matchTypedMuscle(typed, pack.muscles) : null);
  const expected = muscleName(pack, q.muscleId);
  const given = id ? muscleName(pack, id) : typed ? `“${typed}” (no single muscle by that name)` : NO_ANSWER;
  const ok = id === q.muscleId;
  return { score: ok ? 1 : 0, correct: ok, given: typed && id && !a.muscleId ? `“${typed}” = ${given}` : given, expected };
}

/** The drawing as zones: the dabs as balls, plus the areas of the regions chosen from the list, on the question's side. */
export function drawnZones(q: DrawQuestion, a: Extract<Answer, { type: 'draw-pattern' }>, ctx: Pick<ScoreContext, 'lookup' | 'pack'>): ResolvedZone[] {
  const zones: ResolvedZone[] = [];
  for (const stroke of a.strokes) {
    for (const dab of stroke) {
      if (dab.radius > 0 && dab.center.every(Number.isFinite)) zones.push({ kind: 'blob', center: [dab.center[0], dab.center[1], dab.center[2]], radius: dab.radius });
    }
  }
  for (const id of a.regions ?? []) {
    const region = ctx.pack.regions.find((r) => r.id === id);
    if (region) for (const p of placeZones(region.area, q.side, ctx.lookup)) zones.push(p.zone);
  }
  return zones;
}

export function scoreDraw(q: DrawQuestion, a: Extract<Answer, { type: 'draw-pattern' }>, ctx: ScoreContext): Marking {
  const trp = ctx.pack.muscles.find((m) => m.id === q.muscleId)?.triggerPoints.find((t) => t.id === q.triggerPointId);
  const expected = `IoU ≥ ${DRAW_PASS_IOU} with the essential zone`;
  if (!trp) return { score: 0, correct: false, given: 'Not scored', expected: 'The trigger point is not in the pack' };
  if (!ctx.skinPositions || ctx.skinPositions.length === 0) return { score: 0, correct: false, given: 'Not scored (no skin to score on)', expected };
  const drawn = drawnZones(q, a, ctx);
  if (drawn.length === 0) return { score: 0, correct: false, given: NO_ANSWER, expected, detail: { iou: 0 } };
  const truth = resolveReferral(trp, q.side, ctx.lookup);
  const { iou } = drawIoU(ctx.skinPositions, drawn, truth);
  const score = Math.min(1, Math.max(0, iou / DRAW_FULL_IOU));
  return { score, correct: iou >= DRAW_PASS_IOU, given: `IoU ${iou.toFixed(2)}`, expected, detail: { iou } };
}

export function scoreAnswer(question: Question, answer: Answer, ctx: ScoreContext): Marking {
  const q = question;
  const a = answer;
  if (q.type === 'name-from-pattern' && a.type === 'name-from-pattern') return scoreName(q, a, ctx.pack);
  if (q.type === 'locate-trp' && a.type === 'locate-trp') return scoreLocate(q, a, ctx);
  if (q.type === 'draw-pattern' && a.type === 'draw-pattern') return scoreDraw(q, a, ctx);
  if (q.type === 'which-refers' && a.type === 'which-refers') {
    const m = multiSelectScore(a.muscleIds, q.answers);
    const names = (ids: readonly string[]) => list(ids.map((id) => muscleName(ctx.pack, id)));
    return { ...m, given: a.muscleIds.length ? names(a.muscleIds) : NO_ANSWER, expected: names(q.answers) };
  }
  if (q.type === 'practice' && a.type === 'practice') {
    const valid = a.choices.filter((i) => Number.isInteger(i) && i >= 0 && i < q.choices.length);
    const m = multiSelectScore(a.choices, q.correct);
    const texts = (ix: readonly number[]) => list(ix.map((i) => q.choices[i]!));
    return { ...m, given: valid.length ? texts(valid) : NO_ANSWER, expected: texts(q.correct) };
  }
  // An answer of another type (a stale or corrupt save) scores nothing.
  return { score: 0, correct: false, given: NO_ANSWER, expected: 'An answer to this question' };
}
