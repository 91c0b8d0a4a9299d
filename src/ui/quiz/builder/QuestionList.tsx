/** The instructor's own questions: add one of the five types, edit, move up/down, remove. */
import { useRef, useState } from 'react';
import type { Pack } from '../../../content/schema';
import { DRAFT_QUESTION_TYPES, newQuestion, type DraftQuestion, type DraftQuestionType } from './draft';
import { TrpQuestionFields, WhichRefersFields } from './BodyQuestionFields';
import { FieldError, LabeledField, useField } from './FieldErrors';
import { InlineField } from './InlineField';
import { MultipleChoiceFields } from './MultipleChoiceFields';
import { authoredTypeLabel } from './typeLabels';

function QuestionEditor({ q, index, count, pack, onChange, onMove, onRemove }: { q: DraftQuestion; index: number; count: number; pack: Pack | null; onChange: (q: DraftQuestion) => void; onMove: (delta: -1 | 1) => void; onRemove: () => void }) {
  const path = `questions[${index}]`;
  const whole = useField(path);
  const n = index + 1;
  const headingId = `qb-q-${q.key}`;
  return (
    <li className="qb-question">
      <div className="qb-question-head">
        <h3 id={headingId}>
          Question {n}: {authoredTypeLabel(q.type)}
        </h3>
        <div className="button-row qb-question-tools">
          <button type="button" onClick={() => onMove(-1)} disabled={index === 0}>
            Move up<span className="visually-hidden"> question {n}</span>
          </button>
          <button type="button" onClick={() => onMove(1)} disabled={index === count - 1}>
            Move down<span className="visually-hidden"> question {n}</span>
          </button>
          <button type="button" className="danger" onClick={onRemove}>
            Remove<span className="visually-hidden"> question {n}</span>
          </button>
        </div>
      </div>
      <FieldError path={path} messages={whole.messages} />
      <LabeledField label="Question id" path={`${path}.id`} className="qb-question-id">
        {(p) => <input type="text" value={q.id} spellCheck={false} autoComplete="off" onChange={(e) => onChange({ ...q, id: e.target.value })} {...p} />}
      </LabeledField>
      {q.type === 'multiple-choice' ? (
        <MultipleChoiceFields q={q} path={path} pack={pack} onChange={onChange} />
      ) : q.type === 'which-refers' ? (
        <WhichRefersFields q={q} path={path} pack={pack} onChange={onChange} />
      ) : (
        <TrpQuestionFields q={q} path={path} pack={pack} onChange={onChange} />
      )}
    </li>
  );
}

export function QuestionList({ questions, pack, onChange }: { questions: DraftQuestion[]; pack: Pack | null; onChange: (questions: DraftQuestion[]) => void }) {
  const [type, setType] = useState<DraftQuestionType>('multiple-choice');
  const listRef = useRef<HTMLOListElement>(null);
  const whole = useField('questions');
  const add = () => {
    const byName = <T extends { name: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name));
    const muscle = byName(pack?.muscles ?? [])[0]?.id;
    const region = byName(pack?.regions ?? [])[0]?.id;
    onChange([...questions, newQuestion(type, questions, { muscle, region })]);
    // Focus the new question's id field, so keyboard users land on what they just added.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li.qb-question:last-child input')?.focus());
  };
  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    if (j < 0 || j >= questions.length) return;
    const next = [...questions];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <section className="panel qb-questions" aria-labelledby="qb-questions-h">
      <h2 id="qb-questions-h">Your questions ({questions.length})</h2>
      <FieldError path="questions" messages={whole.messages} />
      {questions.length === 0 && <p className="hint">No questions of your own yet. Add some below, or use generated questions above (or both).</p>}
      <ol className="qb-question-list" ref={listRef}>
        {questions.map((q, i) => (
          <QuestionEditor
            key={q.key}
            q={q}
            index={i}
            count={questions.length}
            pack={pack}
            onChange={(q2) => onChange(questions.map((x, j) => (j === i ? q2 : x)))}
            onMove={(d) => move(i, d)}
            onRemove={() => onChange(questions.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <div className="form-row qb-add">
        <InlineField label="New question type">
          {(id) => (
          <select id={id} value={type} onChange={(e) => setType(e.target.value as DraftQuestionType)}>
            {DRAFT_QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {authoredTypeLabel(t)}
              </option>
            ))}
          </select>
          )}
        </InlineField>
        <button type="button" onClick={add}>
          Add question
        </button>
      </div>
    </section>
  );
}
