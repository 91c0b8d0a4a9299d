import type { Pack } from '../../content/schema';
import { answerKey } from '../../domain/quiz/answerKey';
import type { Answer, Question } from '../../domain/quiz/types';
import type { LandmarkLookup } from '../../domain/referral';

/**
 * The answer that earns full marks (the domain's answer key), or null until the pack and the body
 * are there: what the review and presenter show as correct and the e2e harness reads.
 */
export function truthAnswer(q: Question, pack: Pack | null, lookup: LandmarkLookup | null): Answer | null {
  return pack && lookup ? (answerKey(q, { pack, lookup }) ?? null) : null;
}
