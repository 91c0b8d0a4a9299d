/**
 * Import a quiz to edit again: a quiz fragment exported here, or any pack with quizzes (one is
 * chosen when there are several). The file is read as a pack on top of the active pack, so
 * references to core muscles count; a bad file is reported with every problem's path and the form
 * keeps what it had.
 */
import { useId, useState } from 'react';
import { parsePackText } from '../../../content/loadPack';
import { formatIssue, type PackIssue } from '../../../content/packIssue';
import type { Quiz } from '../../../content/quizSchema';
import type { Pack } from '../../../content/schema';
import { readFileText } from '../../saveFile';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; file: string; message: string; issues: PackIssue[] }
  | { kind: 'choose'; file: string; quizzes: Quiz[]; chosen: string }
  | { kind: 'loaded'; file: string; title: string };

export function ImportQuiz({ pack, onLoad }: { pack: Pack | null; onLoad: (quiz: Quiz) => void }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputId = useId();
  const load = (file: string, quiz: Quiz) => {
    onLoad(quiz);
    setState({ kind: 'loaded', file, title: quiz.title });
  };
  const read = async (file: File) => {
    let text: string;
    try {
      text = await readFileText(file);
    } catch (err) {
      setState({ kind: 'error', file: file.name, message: `could not be read (${String((err as Error)?.message ?? err)})`, issues: [] });
      return;
    }
    const r = parsePackText(text, { base: pack ?? undefined });
    if (!r.ok) {
      setState({ kind: 'error', file: file.name, message: `is not a valid pack (${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}); nothing was changed`, issues: r.issues });
      return;
    }
    const quizzes = r.pack.quizzes;
    if (quizzes.length === 0) setState({ kind: 'error', file: file.name, message: 'is a valid pack but holds no quiz', issues: [] });
    else if (quizzes.length === 1) load(file.name, quizzes[0]!);
    else setState({ kind: 'choose', file: file.name, quizzes, chosen: quizzes[0]!.id });
  };
  return (
    <div className="qb-import">
      <label htmlFor={inputId} className="field">
        <span>Import a quiz file to edit (a quiz exported here, or a pack with quizzes)</span>
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file chosen again still fires a change
          if (file) void read(file);
        }}
      />
      <div aria-live="polite">
        {state.kind === 'loaded' && (
          <p className="qb-note" role="status">
            Loaded “{state.title}” from {state.file}.
          </p>
        )}
        {state.kind === 'error' && (
          <div className="qb-import-error" role="alert">
            <p>
              <strong>{state.file}</strong> {state.message}.
            </p>
            {state.issues.length > 0 && (
              <ul className="issue-list">
                {state.issues.slice(0, 50).map((i) => (
                  <li key={formatIssue(i)}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
                {state.issues.length > 50 && <li>…and {state.issues.length - 50} more.</li>}
              </ul>
            )}
          </div>
        )}
      </div>
      {state.kind === 'choose' && (
        <form
          className="qb-choose"
          onSubmit={(e) => {
            e.preventDefault();
            const quiz = state.quizzes.find((q) => q.id === state.chosen);
            if (quiz) load(state.file, quiz);
          }}
        >
          <fieldset className="choice-list">
            <legend>
              {state.file} holds {state.quizzes.length} quizzes: which one?
            </legend>
            {state.quizzes.map((q) => (
              <label key={q.id} className="choice">
                <input type="radio" name={`${inputId}-quiz`} value={q.id} checked={state.chosen === q.id} onChange={() => setState({ ...state, chosen: q.id })} />
                <span>
                  {q.title} <span className="hint">({q.id})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="button-row">
            <button type="submit" className="primary">
              Edit this quiz
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
