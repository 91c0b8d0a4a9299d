import { useCallback, useEffect, useState } from 'react';
import { scoreAnswer } from '../../domain/quiz/score';
import { answerQuestion, finishSession, goTo, startSession, timeLeft, type Session } from '../../domain/quiz/session';
import type { Answer, Question } from '../../domain/quiz/types';
import { useAppStore } from '../../state/store';
import { useBodyLookup } from '../useBodyLookup';
import { ExplanationBlock } from './ExplanationBlock';
import { QuizNotReady } from './QuizNotReady';
import { QuestionView } from './QuestionView';
import { QuizResults } from './QuizResults';
import { truthAnswer } from './truthAnswer';
import { useQuizQuestions } from './useQuizQuestions';
import { useQuizTestProbe } from './useQuizTestProbe';

function sameQuestions(s: Session, questions: readonly Question[]): boolean {
  return s.questions.length === questions.length && s.questions.every((q, i) => q.id === questions[i]?.id);
}

function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Whether the student gave something to mark (an empty answer is not checked). */
function hasAnswer(a: Answer | null): a is Answer {
  if (!a) return false;
  switch (a.type) {
    case 'name-from-pattern':
      return Boolean(a.muscleId || a.typed?.trim());
    case 'locate-trp':
      return a.position !== null;
    case 'draw-pattern':
      return a.strokes.some((s) => s.length > 0) || (a.regions?.length ?? 0) > 0;
    case 'which-refers':
      return a.muscleIds.length > 0;
    case 'practice':
      return a.choices.length > 0;
  }
}

/**
 * Taking a quiz: one question at a time with the body set up for it; feedback after each question
 * or at the end (the quiz says which); an optional time limit; progress saved as you go, so a
 * reload resumes where you were. Ends on the results page.
 */
export function QuizTake({ quizId, seed }: { quizId: string; seed: number | null }) {
  const data = useQuizQuestions(quizId, seed, 'take');
  const pack = useAppStore((s) => s.activePack);
  const skin = useAppStore((s) => s.body?.skinPositions ?? undefined);
  const lookup = useBodyLookup();
  const session = useAppStore((s) => s.quizSession);
  const setSession = useAppStore((s) => s.setQuizSession);
  const [draft, setDraft] = useState<Answer | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useQuizTestProbe();

  // Start, or resume the saved session of the same quiz and seed.
  useEffect(() => {
    if (data.status !== 'ready') return;
    const cur = useAppStore.getState().quizSession;
    if (cur && cur.planId === data.plan.id && cur.seed === data.seed && (cur.retryOf || sameQuestions(cur, data.questions))) return;
    setSession(startSession(data.plan, data.questions, data.seed, Date.now()));
  }, [data, setSession]);

  const active = session && data.status === 'ready' && session.planId === data.plan.id && session.seed === data.seed ? session : null;
  const index = active?.current ?? 0;
  const record = active?.answers[index] ?? null;
  const question = active?.questions[index] ?? null;

  // The draft follows the question (a saved answer comes back after a reload).
  const questionId = question?.id;
  useEffect(() => setDraft(useAppStore.getState().quizSession?.answers[index]?.answer ?? null), [questionId, index]);

  // The clock: ticks once a second while a time limit runs; time up finishes the quiz.
  const limited = active && !active.finishedAt && active.timeLimitSeconds !== null;
  useEffect(() => {
    if (!limited) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [limited]);
  useEffect(() => {
    if (active && limited && timeLeft(active, now) !== null && (timeLeft(active, now) ?? 1) <= 0) setSession(finishSession(active, now));
  }, [active, limited, now, setSession]);

  useEffect(() => () => useAppStore.getState().clearStage(), []);

  const mark = useCallback(
    (q: Question, a: Answer) => {
      if (!pack || !lookup) return null;
      return scoreAnswer(q, a, { lookup, pack, skinPositions: skin });
    },
    [pack, lookup, skin],
  );

  if (data.status !== 'ready') return <QuizNotReady data={data} />;
  if (!active || !question) return <p className="panel" role="status">Preparing the quiz…</p>;
  if (active.finishedAt) return <QuizResults session={active} />;

  const total = active.questions.length;
  const immediate = active.feedback === 'immediate';
  const checked = immediate && record?.marking !== undefined && record !== null;
  const save = (): Session => {
    if (!hasAnswer(draft)) return active;
    const marking = mark(question, draft);
    return marking ? answerQuestion(active, index, draft, marking, Date.now()) : active;
  };
  const check = () => setSession(save());
  const move = (to: number) => setSession(goTo(immediate ? active : save(), to));
  const finish = () => {
    const unanswered = active.answers.filter((a, i) => !a && i !== index).length + (hasAnswer(draft) || record ? 0 : 1);
    if (unanswered > 0 && !window.confirm(`${unanswered} question${unanswered === 1 ? ' is' : 's are'} not answered. Finish anyway?`)) return;
    setSession(finishSession(immediate ? active : save(), Date.now()));
  };
  const left = timeLeft(active, now);
  const truth = checked ? truthAnswer(question, pack, lookup) : null;

  return (
    <div className="quiz-take">
      <div className="quiz-bar">
        <h2 className="quiz-title">{active.title}</h2>
        <p className="quiz-progress">
          Question {index + 1} of {total}
          {left !== null && (
            <span className="quiz-clock" role="timer" aria-label={`Time left ${formatClock(left)}`}>
              {' '}
              · {formatClock(left)} left
            </span>
          )}
        </p>
        <progress max={total} value={active.answers.filter(Boolean).length} aria-label="Questions answered" />
      </div>
      <QuestionView key={question.id} question={question} answer={checked ? (record?.answer ?? draft) : draft} onAnswer={setDraft} reveal={checked} pack={pack} headingLevel={3} />
      {checked && record?.marking && <ExplanationBlock question={question} pack={pack} marking={record.marking} />}
      {checked && truth === null && <p className="hint">The correct answer could not be drawn on this body.</p>}
      <div className="button-row quiz-actions">
        {!immediate && (
          <button type="button" onClick={() => move(index - 1)} disabled={index === 0}>
            Previous
          </button>
        )}
        {immediate && !checked && (
          <button type="button" className="primary" onClick={check} disabled={!hasAnswer(draft)}>
            Check answer
          </button>
        )}
        {(checked || !immediate) && index < total - 1 && (
          <button type="button" className={immediate ? 'primary' : ''} onClick={() => move(index + 1)}>
            Next question
          </button>
        )}
        {(index === total - 1 || !immediate) && (!immediate || checked) && (
          <button type="button" className={index === total - 1 ? 'primary' : ''} onClick={finish}>
            Finish quiz
          </button>
        )}
      </div>
      {!immediate && <p className="hint">Feedback comes at the end. You can go back and change answers until you finish.</p>}
    </div>
  );
}
