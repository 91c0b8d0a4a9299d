import type { Pack } from '../../content/schema';
import type { Answer, Dab, Question } from '../../domain/quiz/types';
import { resolveAnchor, resolveReferral, type LandmarkLookup } from '../../domain/referral';

/**
 * The answer that earns full marks for a question: what the review shows as "correct", and what
 * the e2e harness reads through the test hook. Null when the pack or body lacks what it needs.
 */
export function truthAnswer(q: Question, pack: Pack | null, lookup: LandmarkLookup | null): Answer | null {
  const trp = 'triggerPointId' in q ? pack?.muscles.find((m) => m.id === q.muscleId)?.triggerPoints.find((t) => t.id === q.triggerPointId) : undefined;
  switch (q.type) {
    case 'name-from-pattern':
      return { type: q.type, muscleId: q.muscleId };
    case 'which-refers':
      return { type: q.type, muscleIds: [...q.answers] };
    case 'practice':
      return { type: q.type, choices: [...q.correct] };
    case 'locate-trp': {
      const at = trp && lookup ? resolveAnchor(trp.anchor, q.side, lookup) : undefined;
      return at ? { type: q.type, position: at } : null;
    }
    case 'draw-pattern': {
      if (!trp || !lookup) return null;
      const dabs: Dab[] = [];
      for (const z of resolveReferral(trp, q.side, lookup).essential) {
        if (z.kind === 'blob') dabs.push({ center: z.center, radius: z.radius });
        else
          z.points.forEach((p, i) => {
            const next = z.points[i + 1];
            if (!next) return dabs.push({ center: p, radius: z.halfWidth });
            const steps = Math.max(1, Math.ceil(Math.hypot(next[0] - p[0], next[1] - p[1], next[2] - p[2]) / (z.halfWidth * 0.5)));
            for (let k = 0; k < steps; k++) {
              const t = k / steps;
              dabs.push({ center: [p[0] + (next[0] - p[0]) * t, p[1] + (next[1] - p[1]) * t, p[2] + (next[2] - p[2]) * t], radius: z.halfWidth });
            }
          });
      }
      return { type: q.type, strokes: [dabs] };
    }
  }
}
