/** Today's study queue in one line ("12 due · 5 new · 3 learning") and the button that starts it. */
import { useId } from 'react';
import type { StudyQueue } from '../../domain/study/queue';
import './study.css';

export interface StudyQueueSummaryProps {
  counts: StudyQueue['counts'];
  onStart: () => void;
  /** The button's text (default "Start studying"). */
  startLabel?: string | undefined;
}

export function StudyQueueSummary({ counts, onStart, startLabel = 'Start studying' }: StudyQueueSummaryProps) {
  const headingId = useId();
  const total = counts.due + counts.new + counts.learning;
  return (
    <section className="study-queue" aria-labelledby={headingId}>
      <h2 id={headingId}>Today</h2>
      <p className="study-queue-counts">
        <span className="study-count study-count-due">{counts.due} due</span>
        <span aria-hidden="true"> · </span>
        <span className="study-count study-count-new">{counts.new} new</span>
        <span aria-hidden="true"> · </span>
        <span className="study-count study-count-learning">{counts.learning} learning</span>
      </p>
      {total === 0 ? (
        <p className="study-queue-done">Nothing left for today. New cards unlock tomorrow, or raise the daily limit.</p>
      ) : (
        <button type="button" className="primary" onClick={onStart}>
          {startLabel}
        </button>
      )}
    </section>
  );
}
