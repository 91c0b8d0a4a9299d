/**
 * Fields of the questions shown on the body: the three about one trigger point (name the muscle,
 * locate, draw) and "which muscles refer here". Wording and sources default to the pack's content,
 * so they sit in a collapsed section.
 */
import type { Pack } from '../../../content/schema';
import type { DraftTrpQuestion, DraftWhichRefers } from './draft';
import { errorId, FieldError, LabeledField, useField } from './FieldErrors';
import { MuscleChecklist } from './MuscleChecklist';
import { MuscleSelect, SideSelect, SourcesChecklist, TextArea, TriggerPointSelect } from './QuestionParts';

function OwnWording({ q, path, pack, onChange }: { q: DraftTrpQuestion | DraftWhichRefers; path: string; pack: Pack | null; onChange: (patch: { prompt?: string; explanation?: string; sources?: string[] }) => void }) {
  const prompt = useField(`${path}.prompt`);
  const explanation = useField(`${path}.explanation`);
  const sources = useField(`${path}.sources`);
  const any = q.prompt !== '' || q.explanation !== '' || q.sources.length > 0 || prompt.messages.length + explanation.messages.length + sources.messages.length > 0;
  return (
    <details className="qb-wording" open={any || undefined}>
      <summary>Own wording and sources (optional: written from the pack when left empty)</summary>
      <TextArea label="Question text" value={q.prompt} onChange={(prompt) => onChange({ prompt })} path={`${path}.prompt`} />
      <TextArea label="Explanation shown with the answer" value={q.explanation} onChange={(explanation) => onChange({ explanation })} path={`${path}.explanation`} rows={3} />
      <SourcesChecklist pack={pack} selected={q.sources} onChange={(ids) => onChange({ sources: ids })} path={`${path}.sources`} legend="Sources (none ticked: the trigger point's own)" />
    </details>
  );
}

export function TrpQuestionFields({ q, path, pack, onChange }: { q: DraftTrpQuestion; path: string; pack: Pack | null; onChange: (q: DraftTrpQuestion) => void }) {
  const set = (patch: Partial<DraftTrpQuestion>) => onChange({ ...q, ...patch });
  return (
    <>
      <div className="qb-grid">
        {/* A new muscle has other trigger points: fall back to its first. */}
        <MuscleSelect pack={pack} value={q.muscle} onChange={(muscle) => set({ muscle, triggerPoint: '' })} path={`${path}.muscle`} />
        <TriggerPointSelect pack={pack} muscle={q.muscle} value={q.triggerPoint} onChange={(triggerPoint) => set({ triggerPoint })} path={`${path}.triggerPoint`} />
        <SideSelect value={q.side} onChange={(side) => set({ side })} path={`${path}.side`} />
      </div>
      <OwnWording q={q} path={path} pack={pack} onChange={set} />
    </>
  );
}

export function WhichRefersFields({ q, path, pack, onChange }: { q: DraftWhichRefers; path: string; pack: Pack | null; onChange: (q: DraftWhichRefers) => void }) {
  const set = (patch: Partial<DraftWhichRefers>) => onChange({ ...q, ...patch });
  const answers = useField(`${path}.answers`);
  const regions = [...(pack?.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const known = !q.region || regions.some((r) => r.id === q.region);
  return (
    <>
      <div className="qb-grid">
        <LabeledField label="Where the pain is felt" path={`${path}.region`}>
          {(p) => (
          <select value={q.region} onChange={(e) => set({ region: e.target.value })} {...p}>
            <option value="">Choose a region…</option>
            {!known && <option value={q.region}>{q.region} (not in the active pack)</option>}
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          )}
        </LabeledField>
        <SideSelect value={q.side} onChange={(side) => set({ side })} path={`${path}.side`} />
      </div>
      <details className="qb-answers" open={q.answers.length > 0 || answers.messages.length > 0 || undefined}>
        <summary>Correct muscles ({q.answers.length ? `${q.answers.length} ticked` : 'none ticked: every muscle that refers there'})</summary>
        <MuscleChecklist pack={pack} selected={q.answers} onChange={(ids) => set({ answers: ids })} legend="Muscles that count as correct" describedBy={answers.messages.length ? errorId(`${path}.answers`) : undefined} />
        <FieldError path={`${path}.answers`} messages={answers.messages} />
      </details>
      <OwnWording q={q} path={path} pack={pack} onChange={set} />
    </>
  );
}
