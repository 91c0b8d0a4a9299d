/**
 * Names of question types in the builder and the class table. Kept here rather than imported from
 * QuestionView, which pulls in the 3D question views these body-less pages do not need.
 */
import type { QuestionType } from '../../../domain/quiz/types';
import type { DraftQuestionType } from './draft';

const GENERATED: Record<QuestionType, string> = {
  'name-from-pattern': 'Name the muscle from its pattern',
  'locate-trp': 'Locate the trigger point',
  'draw-pattern': 'Draw the referral pattern',
  'which-refers': 'Which muscles refer here',
  practice: 'Multiple choice on practice',
};

const AUTHORED: Record<DraftQuestionType, string> = {
  'name-from-pattern': 'Name the muscle from its pattern',
  'locate-trp': 'Locate the trigger point',
  'draw-pattern': 'Draw the referral pattern',
  'which-refers': 'Which muscles refer here',
  'multiple-choice': 'Multiple choice',
};

export function generatedTypeLabel(t: QuestionType): string {
  return GENERATED[t];
}

export function authoredTypeLabel(t: DraftQuestionType): string {
  return AUTHORED[t];
}
