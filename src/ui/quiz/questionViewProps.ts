import type { Pack } from '../../content/schema';

/** What each question type's inputs get from QuestionView. */
export interface QuestionViewProps<Q, A> {
  question: Q;
  answer: A | null;
  onAnswer: (a: A) => void;
  /** Checked: inputs locked, verdicts and the true answer shown. */
  reveal: boolean;
  pack: Pack | null;
}
