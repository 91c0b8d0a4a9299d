/**
 * The right answer to a question, as an Answer: for the review ("your answer against the correct
 * one"), the presenter's reveal and the e2e harness. Scoring it gives full marks (tested).
 * Draw answers trace the essential zones with dabs (a blob is one dab; a path is dabs every quarter
 * width along it), so they need the lookup; undefined when the pack or body lacks the trigger point.
 */
import { resolveAnchor } from '../referral/resolveAnchor';
import { resolveReferral } from '../referral/resolveZone';
import type { LandmarkLookup, ResolvedZone } from '../referral/types';
import type { ScoringPack } from './quizPack';
import type { Answer, Dab, Question } from './types';

function dabsAlong(zone: ResolvedZone): Dab[] {
  if (zone.kind === 'blob') return [{ center: [...zone.center], radius: zone.radius }];
  const r = zone.halfWidth;
  const out: Dab[] = [];
  const pts = zone.points;
  if (pts.length === 1) return [{ center: [...pts[0]!], radius: r }];
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    const steps = Math.max(1, Math.ceil(len / (r / 2)));
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      out.push({ center: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t], radius: r });
    }
  }
  return out;
}

export function answerKey(question: Question, ctx: { lookup: LandmarkLookup; pack: ScoringPack }): Answer | undefined {
  const q = question;
  switch (q.type) {
    case 'name-from-pattern':
      return { type: 'name-from-pattern', muscleId: q.muscleId };
    case 'which-refers':
      return { type: 'which-refers', muscleIds: [...q.answers] };
    case 'practice':
      return { type: 'practice', choices: [...q.correct] };
    case 'locate-trp':
    case 'draw-pattern': {
      const trp = ctx.pack.muscles.find((m) => m.id === q.muscleId)?.triggerPoints.find((t) => t.id === q.triggerPointId);
      if (!trp) return undefined;
      if (q.type === 'locate-trp') {
        const position = resolveAnchor(trp.anchor, q.side, ctx.lookup);
        const choiceIndex = q.choices.findIndex((c) => {
          const p = resolveAnchor(c, q.side, ctx.lookup);
          return p !== undefined && position !== undefined && Math.hypot(p[0] - position[0], p[1] - position[1], p[2] - position[2]) < 1e-6;
        });
        return position ? { type: 'locate-trp', position, choiceIndex: choiceIndex >= 0 ? choiceIndex : undefined } : undefined;
      }
      const essential = resolveReferral(trp, q.side, ctx.lookup).essential;
      return essential.length ? { type: 'draw-pattern', strokes: essential.map(dabsAlong) } : undefined;
    }
  }
}
