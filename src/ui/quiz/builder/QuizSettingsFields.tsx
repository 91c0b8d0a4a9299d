/** The quiz's own fields: id, title, description, feedback, pass mark, time limit, order. */
import type { QuizDraft } from './draft';
import { FieldError, LabeledField, useField } from './FieldErrors';
import { InlineField } from './InlineField';

export function QuizSettingsFields({ draft, onChange }: { draft: QuizDraft; onChange: (patch: Partial<QuizDraft>) => void }) {
  const passMark = useField('passMark');
  const time = useField('timeLimitSeconds');
  return (
    <fieldset className="panel qb-settings">
      <legend>Quiz</legend>
      <div className="qb-grid">
        <LabeledField label="Quiz id" path="id" hint="Lower-case letters, digits and hyphens; the file is named after it.">
          {(p) => <input type="text" value={draft.id} spellCheck={false} autoComplete="off" placeholder="e.g. neck-pain-basics" onChange={(e) => onChange({ id: e.target.value })} {...p} />}
        </LabeledField>
        <LabeledField label="Title" path="title">
          {(p) => <input type="text" value={draft.title} onChange={(e) => onChange({ title: e.target.value })} {...p} />}
        </LabeledField>
      </div>
      <LabeledField label="Description (optional)" path="description">
        {(p) => <textarea rows={2} value={draft.description} onChange={(e) => onChange({ description: e.target.value })} {...p} />}
      </LabeledField>
      <div className="form-row">
        <InlineField label="Feedback">
          {(id) => (
          <select id={id} value={draft.feedback} onChange={(e) => onChange({ feedback: e.target.value === 'immediate' ? 'immediate' : 'end' })}>
            <option value="immediate">After each question</option>
            <option value="end">At the end</option>
          </select>
          )}
        </InlineField>
        <InlineField label="Order">
          {(id) => (
          <select id={id} value={draft.order} onChange={(e) => onChange({ order: e.target.value === 'shuffled' ? 'shuffled' : 'fixed' })}>
            <option value="fixed">As listed</option>
            <option value="shuffled">Shuffled</option>
          </select>
          )}
        </InlineField>
        <InlineField label="Pass mark (%)" id={passMark.inputProps.id}>
          {() => <input type="number" min={0} max={100} step={1} value={draft.passMark} onChange={(e) => onChange({ passMark: e.target.value })} {...passMark.inputProps} />}
        </InlineField>
        <label className="choice">
          <input type="checkbox" checked={draft.timed} onChange={(e) => onChange({ timed: e.target.checked })} />
          <span>Time limit</span>
        </label>
        {draft.timed && (
          <InlineField label="Minutes" id={time.inputProps.id}>
            {() => <input type="number" min={1} max={120} step={1} value={draft.minutes} onChange={(e) => onChange({ minutes: e.target.value })} {...time.inputProps} />}
          </InlineField>
        )}
      </div>
      <FieldError path="passMark" messages={passMark.messages} />
      {draft.timed && <FieldError path="timeLimitSeconds" messages={time.messages} />}
    </fieldset>
  );
}
