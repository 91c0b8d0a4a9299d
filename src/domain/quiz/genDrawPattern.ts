/** "Draw the referral pattern": the student paints the essential zone of one trigger point. */
import { sidedMuscleName } from '../anatomy/names';
import { resolveReferral } from '../referral/resolveZone';
import { firstBuilt, questionId, randomSide, trpSubjects, whichTrp, type GenContext } from './genContext';
import type { DrawQuestion } from './types';

export function genDrawPattern(ctx: GenContext): DrawQuestion | null {
  return firstBuilt(ctx, 'draw-pattern', trpSubjects(ctx.pool), (s) => s.trp.id, ({ muscle, trp }) => {
    if (trp.referral.essential.length === 0) return null;
    const side = randomSide(ctx);
    // With a body at hand, skip patterns it cannot place (a landmark it lacks): they could not be scored.
    if (ctx.lookup) {
      const placed = resolveReferral(trp, side, ctx.lookup);
      if (placed.essential.length === 0 || placed.unresolved.some((u) => u.list === 'essential')) return null;
    }
    return {
      id: questionId(ctx, 'draw-pattern', muscle.id, trp.id),
      type: 'draw-pattern',
      prompt: `Paint the essential referral zone of the ${sidedMuscleName(muscle, side)} trigger point${whichTrp(muscle, trp)}.`,
      explanation: `The essential zone is where this trigger point's pain is felt most often; the spillover zone around it is felt by fewer people. ${trp.symptoms}`,
      sources: [...trp.sources],
      muscleId: muscle.id,
      side,
      triggerPointId: trp.id,
    };
  });
}
