/** Pickers shared by the question editors: muscle, trigger point, side, sources, own wording. */
import { useMemo } from 'react';
import type { Pack } from '../../../content/schema';
import { BODY_REGIONS, type Side } from '../../../domain/anatomy';
import { muscleBodyRegion } from '../../../domain/quiz/bodyRegionNeighbours';
import { capitalize } from '../../muscleLabels';
import { errorId, FieldError, LabeledField, useField } from './FieldErrors';

/** The pack's muscles grouped by body region (head to foot), each group by name. */
export function MuscleSelect({ pack, value, onChange, path, label = 'Muscle', allowNone = false }: { pack: Pack | null; value: string; onChange: (id: string) => void; path: string; label?: string; allowNone?: boolean }) {
  const groups = useMemo(() => {
    const muscles = pack?.muscles ?? [];
    const out: { id: string; name: string; muscles: Pack['muscles'] }[] = BODY_REGIONS.map((r) => ({ id: r.id as string, name: r.name, muscles: muscles.filter((m) => muscleBodyRegion(m) === r.id).sort((a, b) => a.name.localeCompare(b.name)) }));
    const other = muscles.filter((m) => muscleBodyRegion(m) === undefined);
    if (other.length) out.push({ id: 'other', name: 'Other', muscles: other });
    return out.filter((g) => g.muscles.length > 0);
  }, [pack]);
  const known = !value || (pack?.muscles ?? []).some((m) => m.id === value);
  return (
    <LabeledField label={label} path={path}>
      {(p) => (
      <select value={value} onChange={(e) => onChange(e.target.value)} {...p}>
        <option value="">{allowNone ? 'None' : 'Choose a muscle…'}</option>
        {!known && <option value={value}>{value} (not in the active pack)</option>}
        {groups.map((g) => (
          <optgroup key={g.id} label={g.name}>
            {g.muscles.map((m) => (
              <option key={m.id} value={m.id}>
                {capitalize(m.name)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      )}
    </LabeledField>
  );
}

/** One of the muscle's trigger points ('' = its first). */
export function TriggerPointSelect({ pack, muscle, value, onChange, path, noneLabel }: { pack: Pack | null; muscle: string; value: string; onChange: (id: string) => void; path: string; noneLabel?: string }) {
  const trps = pack?.muscles.find((m) => m.id === muscle)?.triggerPoints ?? [];
  const known = !value || trps.some((t) => t.id === value);
  return (
    <LabeledField label="Trigger point" path={path}>
      {(p) => (
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={!muscle} {...p}>
        <option value="">{noneLabel ?? (trps.length > 1 ? 'The first one' : 'Its trigger point')}</option>
        {!known && <option value={value}>{value} (not a trigger point of this muscle)</option>}
        {trps.map((t, i) => (
          <option key={t.id} value={t.id}>
            {`${i + 1}. ${t.location.length > 70 ? `${t.location.slice(0, 68)}…` : t.location}`}
          </option>
        ))}
      </select>
      )}
    </LabeledField>
  );
}

export function SideSelect<S extends Side | ''>({ value, onChange, path, allowNone = false }: { value: S; onChange: (side: S) => void; path: string; allowNone?: boolean }) {
  return (
    <LabeledField label="Side" path={path}>
      {(p) => (
        <select value={value} onChange={(e) => onChange(e.target.value as S)} {...p}>
          {allowNone && <option value="">Not set</option>}
          <option value="r">Right (patient's right)</option>
          <option value="l">Left (patient's left)</option>
        </select>
      )}
    </LabeledField>
  );
}

/** The pack's sources as checkboxes (a long multi-select is hard to use with a keyboard). */
export function SourcesChecklist({ pack, selected, onChange, path, legend }: { pack: Pack | null; selected: readonly string[]; onChange: (ids: string[]) => void; path: string; legend: string }) {
  const f = useField(path);
  const sources = pack?.sources ?? [];
  const unknown = selected.filter((id) => !sources.some((s) => s.id === id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <>
      <fieldset className="choice-list qb-sources" aria-describedby={f.messages.length ? errorId(path) : undefined}>
        <legend>{legend}</legend>
        <div className="qb-source-list">
          {sources.map((s) => (
            <label key={s.id} className="choice">
              <input type="checkbox" checked={selected.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              <span>
                {s.author}
                {s.year ? ` (${s.year})` : ''}. <i>{s.title}</i>
              </span>
            </label>
          ))}
          {unknown.map((id) => (
            <label key={id} className="choice">
              <input type="checkbox" checked onChange={() => toggle(id, false)} />
              <span>
                {id} <span className="hint">(not in the active pack)</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError path={path} messages={f.messages} />
    </>
  );
}

/** Prompt and explanation text areas. */
export function TextArea({ label, value, onChange, path, rows = 2, hint }: { label: string; value: string; onChange: (text: string) => void; path: string; rows?: number; hint?: string }) {
  return (
    <LabeledField label={label} path={path} hint={hint}>
      {(p) => <textarea rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...p} />}
    </LabeledField>
  );
}
