/**
 * `#/quiz/build`: an instructor writes one quiz (settings, generated questions, own questions),
 * sees every problem live next to its field and as a list with JSON paths, exports it as a pack
 * fragment (`quiz-<id>.json`, valid for `pack validate --base core.json`), imports one to edit
 * again, or tries it out as a student would. The draft survives a reload (sessionStorage).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Quiz } from '../../content/quizSchema';
import { quizPlanFromPack } from '../../content/quizPlan';
import { quizHash } from '../../domain/appRoute';
import { useAppStore } from '../../state/store';
import { saveTextFile } from '../saveFile';
import { checkDraft, fragmentText } from './builder/checkDraft';
import { inputToDraft, emptyDraft, type QuizDraft } from './builder/draft';
import { clearDraft, loadDraft, saveDraft } from './builder/draftStorage';
import { issuesByPath, IssuesProvider } from './builder/FieldErrors';
import { GenerateFields } from './builder/GenerateFields';
import { ImportQuiz } from './builder/ImportQuiz';
import { IssueList } from './builder/IssueList';
import { QuestionList } from './builder/QuestionList';
import { QuizSettingsFields } from './builder/QuizSettingsFields';
import { newSeed } from './seed';
import './instructor.css';

export function QuizBuilder() {
  const pack = useAppStore((s) => s.activePack);
  const [draft, setDraft] = useState<QuizDraft>(loadDraft);
  const [note, setNote] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const issuesRef = useRef<HTMLElement>(null);
  const check = useMemo(() => checkDraft(draft, pack), [draft, pack]);
  const byPath = useMemo(() => issuesByPath(check.issues), [check.issues]);

  useEffect(() => saveDraft(draft), [draft]);

  const patch = (p: Partial<QuizDraft>) => {
    setNote(null);
    setDraft((d) => ({ ...d, ...p }));
  };
  /** Runs `act` with the valid quiz, or points at the problems. */
  const withQuiz = (act: (quiz: Quiz) => void) => {
    if (check.quiz) return act(check.quiz);
    setNote(`Fix the ${check.issues.length} problem${check.issues.length === 1 ? '' : 's'} listed first.`);
    issuesRef.current?.focus();
  };
  const exportQuiz = () =>
    withQuiz((quiz) => {
      saveTextFile(`quiz-${quiz.id}.json`, fragmentText(quiz));
      setNote(`Saved quiz-${quiz.id}.json. Share it, or add it in Explore → Content packs.`);
    });
  const tryIt = () =>
    withQuiz((quiz) => {
      if (!pack) return setNote('The content pack is still loading.');
      const seed = newSeed();
      useAppStore.getState().setCustomQuiz(quizPlanFromPack(quiz, pack, { seed }));
      window.location.hash = quizHash('take', 'custom', seed);
    });
  const load = (quiz: Quiz) => {
    setNote(null);
    setDraft(inputToDraft(quiz));
  };
  const clear = () => {
    clearDraft();
    setDraft(emptyDraft());
    setConfirmClear(false);
    setNote('The form is empty again.');
  };

  return (
    <div className="mode-page quiz-builder">
      <section className="panel" aria-labelledby="qb-title">
        <h2 id="qb-title">Quiz builder</h2>
        <p className="hint">
          Write a quiz for your class: choose generated questions, add your own, then export it as a file students add under Content packs. Nothing leaves this device.
          {!pack && ' Loading the content pack…'}
        </p>
        <ImportQuiz pack={pack} onLoad={load} />
        <p className="hint">
          <a href="#/quiz">Back to quizzes</a> · <a href="#/quiz/class">Class results</a>
        </p>
      </section>
      <form className="qb-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <IssuesProvider issues={byPath}>
          <QuizSettingsFields draft={draft} onChange={patch} />
          <GenerateFields draft={draft} pack={pack} onChange={patch} />
          <QuestionList questions={draft.questions} pack={pack} onChange={(questions) => patch({ questions })} />
        </IssuesProvider>
        <section className="panel qb-check" aria-labelledby="qb-check-h" tabIndex={-1} ref={issuesRef}>
          <h2 id="qb-check-h">Check and export</h2>
          <p role="status" className={check.quiz ? 'qb-ok' : 'qb-bad'}>
            {check.quiz ? 'The quiz is valid and ready to export.' : `${check.issues.length} problem${check.issues.length === 1 ? '' : 's'} to fix.`}
          </p>
          <IssueList issues={check.issues} warnings={check.warnings} />
          <div className="button-row">
            <button type="button" className="primary" onClick={exportQuiz}>
              Export quiz file
            </button>
            <button type="button" onClick={tryIt}>
              Try it
            </button>
            {confirmClear ? (
              <>
                <button type="button" className="danger" onClick={clear}>
                  Yes, clear the form
                </button>
                <button type="button" onClick={() => setConfirmClear(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmClear(true)}>
                New quiz…
              </button>
            )}
          </div>
          <p aria-live="polite" className="qb-note">
            {note}
          </p>
        </section>
      </form>
    </div>
  );
}
