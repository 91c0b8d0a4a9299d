import { useCallback, useEffect, useState } from 'react';
import { quizHash } from '../../domain/appRoute';
import { useAppStore } from '../../state/store';
import { useBodyLookup } from '../useBodyLookup';
import { QuizNotReady } from './QuizNotReady';
import { QuestionView } from './QuestionView';
import { ExplanationBlock } from './ExplanationBlock';
import { truthAnswer } from './truthAnswer';
import { useQuizQuestions } from './useQuizQuestions';

const COUNTDOWNS = [0, 30, 60, 90, 120] as const;

/**
 * Presenter mode for a classroom screen: large type, one question at a time, the body beside it;
 * Reveal shows the answer on the body and in the list. Keys: → / PageDown next, ← / PageUp
 * previous, R or Enter reveal, Space start/pause the countdown.
 */
export function QuizPresenter({ quizId, seed }: { quizId: string; seed: number | null }) {
  const data = useQuizQuestions(quizId, seed, 'present');
  const pack = useAppStore((s) => s.activePack);
  const lookup = useBodyLookup();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [countdown, setCountdown] = useState<number>(60);
  const [left, setLeft] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const total = data.status === 'ready' ? data.questions.length : 0;

  const goTo = useCallback(
    (i: number) => {
      if (i < 0 || i >= total) return;
      setIndex(i);
      setRevealed(false);
      setLeft(countdown || null);
      setRunning(false);
    },
    [total, countdown],
  );

  useEffect(() => {
    if (!running || left === null) return;
    if (left <= 0) {
      setRunning(false);
      return;
    }
    const t = setTimeout(() => setLeft((l) => (l === null ? null : l - 1)), 1000);
    return () => clearTimeout(t);
  }, [running, left]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') goTo(index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') goTo(index - 1);
      else if (e.key === 'r' || e.key === 'R' || (e.key === 'Enter' && t?.tagName !== 'BUTTON' && t?.tagName !== 'A')) setRevealed(true);
      else if (e.key === ' ' && t?.tagName !== 'BUTTON') {
        e.preventDefault();
        setRunning((r) => !r);
      } else return;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, index]);

  useEffect(() => () => useAppStore.getState().clearStage(), []);

  if (data.status !== 'ready') return <QuizNotReady data={data} />;
  const q = data.questions[Math.min(index, total - 1)]!;
  const truth = truthAnswer(q, pack, lookup);
  return (
    <div className="presenter">
      <div className="presenter-bar">
        <a href="#/quiz">Quizzes</a>
        <span>
          {data.plan.title} · seed {data.seed}
        </span>
        <a href={quizHash('take', quizId, data.seed)}>Take this quiz</a>
      </div>
      <p className="presenter-count" aria-live="polite">
        Question {index + 1} of {total}
      </p>
      {/* Revealed: the true answer (for a located point the X alone, no dot over it). */}
      <QuestionView question={q} answer={revealed && q.type !== 'locate-trp' ? truth : null} onAnswer={() => {}} reveal={revealed} pack={pack} />
      {revealed && <ExplanationBlock question={q} pack={pack} />}
      <div className="button-row presenter-controls">
        <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" className="primary" onClick={() => setRevealed(true)} disabled={revealed}>
          Reveal answer
        </button>
        <button type="button" onClick={() => goTo(index + 1)} disabled={index >= total - 1}>
          Next →
        </button>
      </div>
      <div className="form-row presenter-timer">
        <label className="field inline">
          <span>Countdown</span>
          <select value={countdown} onChange={(e) => (setCountdown(Number(e.target.value)), setLeft(Number(e.target.value) || null), setRunning(false))}>
            {COUNTDOWNS.map((c) => (
              <option key={c} value={c}>
                {c === 0 ? 'Off' : `${c} s`}
              </option>
            ))}
          </select>
        </label>
        {countdown > 0 && (
          <>
            <span className="countdown" role="timer" aria-live="off" data-done={left === 0}>
              {left ?? countdown} s
            </span>
            <button type="button" onClick={() => (left === 0 || left === null ? (setLeft(countdown), setRunning(true)) : setRunning((r) => !r))}>
              {running ? 'Pause' : left === 0 ? 'Restart' : 'Start'} countdown
            </button>
          </>
        )}
      </div>
      <p className="hint">Keys: → next, ← previous, R reveal, Space start or pause the countdown.</p>
    </div>
  );
}
