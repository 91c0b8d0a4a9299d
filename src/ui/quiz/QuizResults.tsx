import { useEffect, useMemo, useState } from 'react';
import { encodeResultCode } from '../../domain/quiz/resultCode';
import { RESULT_FORMAT, RESULT_VERSION, resultToCsv, resultToJson, type QuizResult } from '../../domain/quiz/results';
import { retryWrong, sessionSummary, type Session } from '../../domain/quiz/session';
import { useAppStore } from '../../state/store';
import { fileNamePart, saveTextFile } from '../saveFile';
import { ExplanationBlock } from './ExplanationBlock';
import { QuestionView, questionTypeLabel } from './QuestionView';

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s} s` : `${s} s`;
}

/** The result file of a finished session (what the instructor imports). */
export function sessionResult(session: Session, student: string): QuizResult {
  const sum = sessionSummary(session);
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    student: student.trim() || 'Anonymous',
    quizId: session.planId,
    quizTitle: session.title,
    seed: session.seed,
    startedAt: new Date(session.startedAt).toISOString(),
    finishedAt: new Date(session.finishedAt ?? session.startedAt).toISOString(),
    durationSeconds: sum.durationSeconds,
    score: sum.score,
    passed: sum.passed,
    answers: sum.perQuestion.map((p) => ({ questionId: p.id, type: p.type, muscleId: p.muscleId, score: p.score, correct: p.correct, given: p.given, expected: p.expected })),
  };
}

/**
 * The end of a quiz: score, pass or not, time; each question with your answer against the
 * correct one (on the body on request), the explanation and its source; retry the wrong ones; a
 * result file (JSON or CSV) or a short code for the instructor.
 */
export function QuizResults({ session }: { session: Session }) {
  const pack = useAppStore((s) => s.activePack);
  const student = useAppStore((s) => s.studentName);
  const [review, setReview] = useState<number | null>(null);
  const summary = useMemo(() => sessionSummary(session), [session]);
  const result = useMemo(() => sessionResult(session, student), [session, student]);
  const code = useMemo(() => encodeResultCode(result), [result]);

  // Keep each finished quiz once in the history on this device.
  useEffect(() => {
    const st = useAppStore.getState();
    const at = new Date(session.finishedAt ?? 0).toISOString();
    if (!st.quizHistory.some((r) => r.quizId === session.planId && r.seed === session.seed && r.finishedAt === at)) st.addQuizResult(sessionResult(session, st.studentName));
  }, [session]);

  useEffect(() => {
    if (review === null) useAppStore.getState().setStage({ hoverNames: false });
  }, [review]);

  const wrong = summary.total - summary.correct;
  const base = `${fileNamePart(session.planId)}-${fileNamePart(student || 'result', 'result')}`;
  const reviewed = review !== null ? session.questions[review] : undefined;
  return (
    <div className="quiz-results">
      <section className="panel" aria-labelledby="results-heading">
        <h2 id="results-heading">Results: {session.title}</h2>
        <p className="score-line">
          <span className="score-big">{summary.score}%</span> <strong>{summary.passed ? 'Passed' : 'Not passed'}</strong> (pass mark {session.passMark}%)
        </p>
        <p>
          {summary.correct} of {summary.total} correct · time {formatDuration(summary.durationSeconds)}
          {session.endedBy === 'time' ? ' · time ran out' : ''}
        </p>
        <div className="button-row">
          {wrong > 0 && (
            <button type="button" className="primary" onClick={() => useAppStore.getState().setQuizSession(retryWrong(session, Date.now()))}>
              Retry the {wrong} wrong one{wrong === 1 ? '' : 's'}
            </button>
          )}
          <a className="button" href="#/quiz">
            Back to the quizzes
          </a>
        </div>
      </section>
      <section className="panel" aria-labelledby="share-heading">
        <h3 id="share-heading">Send your result to your instructor</h3>
        <label className="field">
          <span>Your name (written on the result file)</span>
          <input type="text" value={student} maxLength={80} onChange={(e) => useAppStore.getState().setStudentName(e.target.value)} />
        </label>
        <div className="button-row">
          <button type="button" onClick={() => saveTextFile(`${base}.json`, resultToJson(result))}>
            Download result (JSON)
          </button>
          <button type="button" onClick={() => saveTextFile(`${base}.csv`, resultToCsv(result), 'text/csv')}>
            Download result (CSV)
          </button>
        </div>
        <p>
          Or read out your result code: <code className="result-code">{code}</code>
        </p>
      </section>
      <section className="panel" aria-labelledby="review-heading">
        <h3 id="review-heading">Your answers</h3>
        <ol className="review-list">
          {summary.perQuestion.map((p, i) => (
            <li key={p.id} className="review-item" data-correct={String(p.correct)}>
              <p className="review-head">
                <strong>{p.correct ? '✓ Correct' : p.answered ? (p.score > 0 ? '◐ Partly right' : '✗ Wrong') : '– Not answered'}</strong> · {questionTypeLabel(p.type)} · {Math.round(p.score * 100)}%
              </p>
              <p>{session.questions[i]?.prompt}</p>
              <dl className="facts">
                <dt>You</dt>
                <dd>{p.given}</dd>
                <dt>Correct</dt>
                <dd>{p.expected || '—'}</dd>
              </dl>
              <button type="button" aria-expanded={review === i} onClick={() => setReview(review === i ? null : i)}>
                {review === i ? 'Hide' : 'Show on the body'}
                <span className="visually-hidden"> (question {i + 1})</span>
              </button>
              {review === i && reviewed && (
                <div className="review-detail">
                  <QuestionView question={reviewed} answer={session.answers[i]?.answer ?? null} onAnswer={() => {}} reveal pack={pack} headingLevel={3} />
                  <ExplanationBlock question={reviewed} pack={pack} marking={session.answers[i]?.marking} />
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
