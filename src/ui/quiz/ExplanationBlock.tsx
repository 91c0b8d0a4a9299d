import type { Pack } from '../../content/schema';
import type { Marking, Question } from '../../domain/quiz/types';
import { citation } from '../packLookup';

/** Feedback on a question: right or not (in words), the explanation and its sources. */
export function ExplanationBlock({ question, pack, marking }: { question: Question; pack: Pack | null; marking?: Marking | undefined }) {
  const sources = question.sources.flatMap((id) => pack?.sources.filter((s) => s.id === id) ?? []);
  return (
    <div className="explanation" data-correct={marking ? String(marking.correct) : undefined}>
      {marking && (
        <p className="marking">
          <strong>{marking.correct ? 'Correct.' : marking.score > 0 ? 'Partly right.' : 'Not quite.'}</strong> Score {Math.round(marking.score * 100)}%.
          {marking.detail?.distanceCm !== undefined && ` Your point was ${marking.detail.distanceCm.toFixed(1)} cm from the trigger point.`}
          {marking.detail?.iou !== undefined && ` Overlap with the essential zone: ${Math.round(marking.detail.iou * 100)}%.`}
        </p>
      )}
      {marking && (
        <dl className="facts">
          <dt>Your answer</dt>
          <dd>{marking.given || '—'}</dd>
          <dt>Correct answer</dt>
          <dd>{marking.expected}</dd>
        </dl>
      )}
      {question.explanation && <p>{question.explanation}</p>}
      {sources.length > 0 && (
        <p className="hint">
          Source{sources.length > 1 ? 's' : ''}: {sources.map(citation).join(' · ')}
        </p>
      )}
    </div>
  );
}
