import { useState } from 'react';
import { BODY_REGIONS } from '../../domain/anatomy';
import { quizHash } from '../../domain/appRoute';
import { QUESTION_TYPES, type QuestionType, type QuizPlan } from '../../domain/quiz/types';
import { useAppStore } from '../../state/store';
import { questionTypeLabel } from './QuestionView';
import { newSeed } from './seed';

function go(hash: string) {
  window.location.hash = hash;
}

/** The student's own quiz: regions, question types, number of questions, time limit, feedback. */
function BuildOwnQuiz() {
  const [regions, setRegions] = useState<string[]>(['neck', 'shoulder']);
  const [types, setTypes] = useState<QuestionType[]>([...QUESTION_TYPES]);
  const [count, setCount] = useState(10);
  const [timed, setTimed] = useState(false);
  const [minutes, setMinutes] = useState(10);
  const [feedback, setFeedback] = useState<'immediate' | 'end'>('immediate');
  const start = () => {
    const plan: QuizPlan = {
      id: 'custom',
      title: 'Your quiz',
      feedback,
      passMark: 70,
      timeLimitSeconds: timed ? Math.max(1, minutes) * 60 : null,
      order: 'fixed',
      generate: { regions, muscles: [], types, count },
      questions: [],
    };
    useAppStore.getState().setCustomQuiz(plan);
    go(quizHash('take', 'custom', newSeed()));
  };
  const toggle = <T,>(list: T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));
  return (
    <form className="panel quiz-build-own" onSubmit={(e) => (e.preventDefault(), start())}>
      <h2>Build your own quiz</h2>
      <fieldset className="check-grid">
        <legend>Body regions (none ticked: the whole body)</legend>
        {BODY_REGIONS.map((r) => (
          <label key={r.id} className="choice">
            <input type="checkbox" checked={regions.includes(r.id)} onChange={(e) => setRegions(toggle(regions, r.id, e.target.checked))} />
            <span>{r.name}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="check-grid">
        <legend>Question types</legend>
        {QUESTION_TYPES.map((t) => (
          <label key={t} className="choice">
            <input type="checkbox" checked={types.includes(t)} onChange={(e) => setTypes(toggle(types, t, e.target.checked))} />
            <span>{questionTypeLabel(t)}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <label className="field inline">
          <span>Questions</span>
          <input type="number" min={1} max={50} value={count} onChange={(e) => setCount(Math.min(50, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
        <label className="choice">
          <input type="checkbox" checked={timed} onChange={(e) => setTimed(e.target.checked)} />
          <span>Time limit</span>
        </label>
        {timed && (
          <label className="field inline">
            <span>Minutes</span>
            <input type="number" min={1} max={120} value={minutes} onChange={(e) => setMinutes(Math.min(120, Math.max(1, Number(e.target.value) || 1)))} />
          </label>
        )}
        <label className="field inline">
          <span>Feedback</span>
          <select value={feedback} onChange={(e) => setFeedback(e.target.value as 'immediate' | 'end')}>
            <option value="immediate">After each question</option>
            <option value="end">At the end</option>
          </select>
        </label>
      </div>
      {types.length === 0 && <p className="hint" role="alert">Tick at least one question type.</p>}
      <div className="button-row">
        <button type="submit" className="primary" disabled={types.length === 0}>
          Start my quiz
        </button>
      </div>
    </form>
  );
}

/** Choose a quiz from the content pack, or build one; links to the instructor tools. */
export function QuizList() {
  const pack = useAppStore((s) => s.activePack);
  const quizzes = pack?.quizzes ?? [];
  return (
    <div className="mode-page">
      <div className="panel">
        <h2>Quizzes</h2>
        <p className="hint">Quizzes come from the content pack. Your answers stay on this device.</p>
        {!pack && <p role="status">Loading the content pack…</p>}
        {pack && quizzes.length === 0 && <p>This content pack has no quizzes. Build your own below.</p>}
        <ul className="quiz-cards">
          {quizzes.map((q) => {
            const n = q.questions.length + (q.generate?.count ?? 0);
            return (
              <li key={q.id} className="quiz-card">
                <h3>{q.title}</h3>
                {q.description && <p>{q.description}</p>}
                <p className="hint">
                  {n} question{n === 1 ? '' : 's'} · feedback {q.feedback === 'immediate' ? 'after each question' : 'at the end'} · pass mark {q.passMark}%
                  {q.timeLimitSeconds ? ` · ${Math.round(q.timeLimitSeconds / 60)} min limit` : ''}
                </p>
                <div className="button-row">
                  <a className="button primary" href={quizHash('take', q.id)} onClick={(e) => (e.preventDefault(), go(quizHash('take', q.id, newSeed())))}>
                    Start<span className="visually-hidden"> {q.title}</span>
                  </a>
                  <a className="button" href={quizHash('present', q.id)} onClick={(e) => (e.preventDefault(), go(quizHash('present', q.id, newSeed())))}>
                    Present<span className="visually-hidden"> {q.title}</span>
                    {' to a class'}
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <BuildOwnQuiz />
      <div className="panel">
        <h2>For instructors</h2>
        <div className="button-row">
          <a className="button" href="#/quiz/build">
            Quiz builder
          </a>
          <a className="button" href="#/quiz/class">
            Class results
          </a>
        </div>
      </div>
    </div>
  );
}
