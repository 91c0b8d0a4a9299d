/** The "generated questions" block: body regions, question types, how many, and optionally which muscles. */
import type { Pack } from '../../../content/schema';
import { BODY_REGIONS } from '../../../domain/anatomy';
import { QUESTION_TYPES, type QuestionType } from '../../../domain/quiz/types';
import type { QuizDraft } from './draft';
import { errorId, FieldError, useField } from './FieldErrors';
import { InlineField } from './InlineField';
import { MuscleChecklist } from './MuscleChecklist';
import { generatedTypeLabel } from './typeLabels';

const toggle = <T,>(list: readonly T[], v: T, on: boolean): T[] => (on ? [...list, v] : list.filter((x) => x !== v));

export function GenerateFields({ draft, pack, onChange }: { draft: QuizDraft; pack: Pack | null; onChange: (patch: Partial<QuizDraft>) => void }) {
  const g = draft.generate;
  const set = (patch: Partial<QuizDraft['generate']>) => onChange({ generate: { ...g, ...patch } });
  const regions = useField('generate.regions', 'generate');
  const types = useField('generate.types');
  const count = useField('generate.count');
  const muscles = useField('generate.muscles');
  return (
    <fieldset className="panel qb-generate">
      <legend>Generated questions</legend>
      <label className="choice">
        <input type="checkbox" checked={draft.useGenerate} onChange={(e) => onChange({ useGenerate: e.target.checked })} />
        <span>Add questions generated from the pack's muscles (new ones for every seed)</span>
      </label>
      {draft.useGenerate && (
        <>
          <fieldset className="check-grid" aria-describedby={regions.messages.length ? errorId('generate.regions') : undefined}>
            <legend>Body regions (none ticked: the whole body)</legend>
            {BODY_REGIONS.map((r) => (
              <label key={r.id} className="choice">
                <input type="checkbox" checked={g.regions.includes(r.id)} onChange={(e) => set({ regions: toggle(g.regions, r.id, e.target.checked) })} />
                <span>{r.name}</span>
              </label>
            ))}
            {g.regions
              .filter((id) => !BODY_REGIONS.some((r) => r.id === id))
              .map((id) => (
                <label key={id} className="choice">
                  <input type="checkbox" checked onChange={() => set({ regions: g.regions.filter((x) => x !== id) })} />
                  <span>{pack?.regions.find((r) => r.id === id)?.name ?? id}</span>
                </label>
              ))}
          </fieldset>
          <FieldError path="generate.regions" messages={regions.messages} />
          <fieldset className="check-grid" aria-describedby={types.messages.length ? errorId('generate.types') : undefined} aria-invalid={types.messages.length ? true : undefined}>
            <legend>Question types</legend>
            {QUESTION_TYPES.map((t: QuestionType) => (
              <label key={t} className="choice">
                <input type="checkbox" checked={g.types.includes(t)} onChange={(e) => set({ types: toggle(g.types, t, e.target.checked) })} />
                <span>{generatedTypeLabel(t)}</span>
              </label>
            ))}
          </fieldset>
          <FieldError path="generate.types" messages={types.messages} />
          <InlineField label="Number of generated questions" id={count.inputProps.id}>
            {() => <input type="number" min={1} max={100} step={1} value={g.count} onChange={(e) => set({ count: e.target.value })} {...count.inputProps} />}
          </InlineField>
          <FieldError path="generate.count" messages={count.messages} />
          <details className="qb-pick-muscles" open={g.muscles.length > 0 || undefined}>
            <summary>Pick muscles ({g.muscles.length ? `${g.muscles.length} picked` : 'none picked: every muscle in the regions'})</summary>
            <MuscleChecklist pack={pack} selected={g.muscles} onChange={(ids) => set({ muscles: ids })} legend="Muscles to ask about" describedBy={muscles.messages.length ? errorId('generate.muscles') : undefined} />
            <FieldError path="generate.muscles" messages={muscles.messages} />
          </details>
        </>
      )}
    </fieldset>
  );
}
