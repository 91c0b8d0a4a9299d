import { useEffect, useState } from 'react';
import type { Pack } from '../../content/schema';
import type { Answer, Question } from '../../domain/quiz/types';
import { useAppStore } from '../../state/store';
import { useBodyLookup } from '../useBodyLookup';
import { DrawView, LocateView } from './BodyQuestions';
import { NameFromPatternView, PracticeView, WhichRefersView } from './ChoiceQuestions';
import { stageForQuestion } from './questionStage';

const TYPE_LABEL: Record<Question['type'], string> = {
  'name-from-pattern': 'Name the muscle',
  'locate-trp': 'Locate the trigger point',
  'draw-pattern': 'Draw the referral pattern',
  'which-refers': 'Which muscles refer here?',
  practice: 'Practice',
};

export function questionTypeLabel(type: Question['type']): string {
  return TYPE_LABEL[type];
}

/**
 * One question: its prompt, its inputs, and the body set up for it (what is shown, what a click
 * does). `reveal` locks the inputs and draws the true answer over the student's.
 */
export function QuestionView({ question: q, answer, onAnswer, reveal, pack, headingLevel = 2 }: { question: Question; answer: Answer | null; onAnswer: (a: Answer) => void; reveal: boolean; pack: Pack | null; headingLevel?: 2 | 3 }) {
  const lookup = useBodyLookup();
  const [showChoices, setShowChoices] = useState(false);
  // Locate: the answer's pin follows the answer. Draw: strokes live in the stage while painting.
  const pinKey = answer?.type === 'locate-trp' ? JSON.stringify(answer.position) : '';

  useEffect(() => {
    useAppStore.getState().setStage(stageForQuestion(q, answer, { reveal, showChoices }, lookup));
    // The answer is read when the question, reveal or the locate pin changes, not on every stroke.
  }, [q, reveal, showChoices, lookup, pinKey]);

  useEffect(() => {
    useAppStore.getState().frameStage();
  }, [q, reveal]);

  const H = headingLevel === 2 ? 'h2' : 'h3';
  const common = { pack, reveal };
  return (
    <section className="question" aria-labelledby={`q-${q.id}`}>
      <p className="question-type">{questionTypeLabel(q.type)}</p>
      <H id={`q-${q.id}`} className="question-prompt">
        {q.prompt}
      </H>
      {q.type === 'name-from-pattern' && <NameFromPatternView question={q} answer={answer?.type === q.type ? answer : null} onAnswer={onAnswer} {...common} />}
      {q.type === 'which-refers' && <WhichRefersView question={q} answer={answer?.type === q.type ? answer : null} onAnswer={onAnswer} {...common} />}
      {q.type === 'practice' && <PracticeView question={q} answer={answer?.type === q.type ? answer : null} onAnswer={onAnswer} {...common} />}
      {q.type === 'locate-trp' && <LocateView question={q} answer={answer?.type === q.type ? answer : null} onAnswer={onAnswer} lookup={lookup} showChoices={showChoices} onShowChoices={setShowChoices} {...common} />}
      {q.type === 'draw-pattern' && <DrawView question={q} answer={answer?.type === q.type ? answer : null} onAnswer={onAnswer} lookup={lookup} {...common} />}
    </section>
  );
}
