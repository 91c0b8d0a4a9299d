import type { Answer, Question } from '../../domain/quiz/types';
import { resolveAnchor, type LandmarkLookup, type Vec3 } from '../../domain/referral';
import type { Stage, StagePin } from '../../state/stageSlice';

export interface StageFor {
  /** After the answer is checked (or in review): show the truth over the answer. */
  reveal: boolean;
  /** Show the keyboard alternative's candidate spots (locate questions). */
  showChoices?: boolean;
}

/** Where a locate question's keyboard choices are on the body. */
export function choicePositions(q: Question, lookup: LandmarkLookup | null): Array<Vec3 | null> {
  if (q.type !== 'locate-trp' || !lookup) return [];
  return q.choices.map((c) => resolveAnchor({ landmark: c.landmark, offset: c.offset }, q.side, lookup) ?? null);
}

/**
 * How the body looks for a question: what is shown (a pattern, a painted region), what a click
 * does, and after checking, the true answer drawn over the student's (the true X for a located
 * point; the true zones under the student's hatched painting). Muscle names never show on hover.
 */
export function stageForQuestion(q: Question, answer: Answer | null, opts: StageFor, lookup: LandmarkLookup | null): Partial<Stage> {
  const base: Partial<Stage> = { hoverNames: false, tool: 'none' };
  switch (q.type) {
    case 'name-from-pattern':
      return { ...base, pattern: { muscleId: q.muscleId, side: q.side, triggerPointId: q.triggerPointId, markers: true } };
    case 'locate-trp': {
      const pins: StagePin[] = [];
      if (opts.showChoices && !opts.reveal) for (const p of choicePositions(q, lookup)) if (p) pins.push({ position: p, kind: 'choice' });
      const given = answer?.type === 'locate-trp' ? answer.position : null;
      if (given) pins.push({ position: given, kind: 'answer' });
      return opts.reveal
        ? { ...base, pins, pattern: { muscleId: q.muscleId, side: q.side, triggerPointId: q.triggerPointId, markers: true, zones: false } }
        : { ...base, pins, tool: 'locate', clicked: null, focus: { muscleId: q.muscleId, side: q.side } };
    }
    case 'draw-pattern': {
      const strokes = answer?.type === 'draw-pattern' ? answer.strokes : [];
      const regions = answer?.type === 'draw-pattern' ? (answer.regions ?? []).map((regionId) => ({ regionId, side: q.side })) : [];
      return opts.reveal
        ? { ...base, strokes, regions, pattern: { muscleId: q.muscleId, side: q.side, triggerPointId: q.triggerPointId, markers: true } }
        : { ...base, strokes, regions, tool: 'paint', pattern: null, focus: { muscleId: q.muscleId, side: q.side } };
    }
    case 'which-refers':
      return { ...base, regions: [{ regionId: q.region, side: q.side }] };
    case 'practice': {
      const b = q.body;
      return b?.muscleId ? { ...base, pattern: { muscleId: b.muscleId, side: b.side ?? 'r', triggerPointId: b.triggerPointId ?? null, markers: true } } : base;
    }
  }
}
