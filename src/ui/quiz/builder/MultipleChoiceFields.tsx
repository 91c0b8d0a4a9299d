/**
 * A multiple-choice question: prompt, 2–8 choices each with a "correct" box, explanation, sources,
 * and an optional body view (muscle, side, trigger point shown beside the question). This page has
 * no 3D body, so a camera can't be set here; one kept from an imported quiz is kept as it was.
 */
import type { Pack } from '../../../content/schema';
import { newChoice, type DraftChoice, type DraftMultipleChoice } from './draft';
import { errorId, FieldError, useField } from './FieldErrors';
import { MuscleSelect, SideSelect, SourcesChecklist, TextArea, TriggerPointSelect } from './QuestionParts';

export const MAX_CHOICES = 8;
export const MIN_CHOICES = 2;

function ChoiceRow({ c, index, path, onChange, onRemove, canRemove }: { c: DraftChoice; index: number; path: string; onChange: (c: DraftChoice) => void; onRemove: () => void; canRemove: boolean }) {
  const text = useField(`${path}.text`);
  return (
    <li className="qb-choice">
      <div className="field qb-choice-text">
        <span aria-hidden="true" className="qb-choice-letter">
          {String.fromCharCode(65 + index)}
        </span>
        <label htmlFor={text.inputProps.id} className="visually-hidden">
          Choice {index + 1}
        </label>
        <input type="text" value={c.text} onChange={(e) => onChange({ ...c, text: e.target.value })} {...text.inputProps} />
      </div>
      <label className="choice qb-correct">
        <input type="checkbox" checked={c.correct} onChange={(e) => onChange({ ...c, correct: e.target.checked })} />
        <span>
          Correct<span className="visually-hidden"> (choice {index + 1})</span>
        </span>
      </label>
      <button type="button" onClick={onRemove} disabled={!canRemove}>
        Remove<span className="visually-hidden"> choice {index + 1}</span>
      </button>
      <FieldError path={`${path}.text`} messages={text.messages} />
    </li>
  );
}

export function MultipleChoiceFields({ q, path, pack, onChange }: { q: DraftMultipleChoice; path: string; pack: Pack | null; onChange: (q: DraftMultipleChoice) => void }) {
  const set = (patch: Partial<DraftMultipleChoice>) => onChange({ ...q, ...patch });
  const choices = useField(`${path}.choices`);
  const body = q.body;
  const setChoice = (i: number, c: DraftChoice) => set({ choices: q.choices.map((x, j) => (j === i ? c : x)) });
  return (
    <>
      <TextArea label="Question text" value={q.prompt} onChange={(prompt) => set({ prompt })} path={`${path}.prompt`} />
      <fieldset className="choice-list qb-choices" aria-describedby={choices.messages.length ? errorId(`${path}.choices`) : undefined} aria-invalid={choices.messages.length ? true : undefined}>
        <legend>Choices (tick every correct one)</legend>
        <ol className="qb-choice-list">
          {q.choices.map((c, i) => (
            <ChoiceRow key={c.key} c={c} index={i} path={`${path}.choices[${i}]`} onChange={(c2) => setChoice(i, c2)} onRemove={() => set({ choices: q.choices.filter((_, j) => j !== i) })} canRemove={q.choices.length > MIN_CHOICES} />
          ))}
        </ol>
        <FieldError path={`${path}.choices`} messages={choices.messages} />
        <button type="button" onClick={() => set({ choices: [...q.choices, newChoice()] })} disabled={q.choices.length >= MAX_CHOICES}>
          Add a choice
        </button>
      </fieldset>
      <TextArea label="Explanation shown with the answer" value={q.explanation} onChange={(explanation) => set({ explanation })} path={`${path}.explanation`} rows={3} />
      <SourcesChecklist pack={pack} selected={q.sources} onChange={(ids) => set({ sources: ids })} path={`${path}.sources`} legend="Sources that back the answer" />
      <fieldset className="choice-list qb-body-view">
        <legend>Body view</legend>
        <label className="choice">
          <input type="checkbox" checked={body !== null} onChange={(e) => set({ body: e.target.checked ? { muscle: '', side: '', triggerPoint: '' } : null })} />
          <span>Show a muscle on the body beside the question</span>
        </label>
        {body && (
          <div className="qb-grid">
            <MuscleSelect pack={pack} value={body.muscle} onChange={(muscle) => set({ body: { ...body, muscle, triggerPoint: '' } })} path={`${path}.body.muscle`} allowNone />
            <SideSelect value={body.side} onChange={(side) => set({ body: { ...body, side } })} path={`${path}.body.side`} allowNone />
            <TriggerPointSelect pack={pack} muscle={body.muscle} value={body.triggerPoint} onChange={(triggerPoint) => set({ body: { ...body, triggerPoint } })} path={`${path}.body.triggerPoint`} noneLabel="None in particular" />
          </div>
        )}
        {body?.camera && <p className="hint">The camera position of the imported quiz is kept.</p>}
      </fieldset>
    </>
  );
}
