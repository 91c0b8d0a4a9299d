/**
 * A filterable checkbox list of the pack's muscles (ticked ones stay listed whatever the filter, so
 * a choice never disappears from view while it counts).
 */
import { useId, useMemo, useState } from 'react';
import type { Pack } from '../../../content/schema';
import { capitalize } from '../../muscleLabels';

export function MuscleChecklist({ pack, selected, onChange, legend, describedBy }: { pack: Pack | null; selected: readonly string[]; onChange: (ids: string[]) => void; legend: string; describedBy?: string | undefined }) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const muscles = useMemo(() => [...(pack?.muscles ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [pack]);
  const needle = filter.trim().toLowerCase();
  const shown = muscles.filter((m) => selected.includes(m.id) || needle === '' || m.name.toLowerCase().includes(needle) || m.id.includes(needle) || m.aliases.some((a) => a.toLowerCase().includes(needle)));
  const unknown = selected.filter((id) => !muscles.some((m) => m.id === id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="choice-list qb-muscles" aria-describedby={describedBy}>
      <legend>
        {legend} <span className="hint">({selected.length} ticked)</span>
      </legend>
      <div className="form-row">
        <label className="field inline" htmlFor={filterId}>
          <span>Filter</span>
        </label>
        <input id={filterId} type="search" value={filter} placeholder="muscle name" onChange={(e) => setFilter(e.target.value)} />
        {selected.length > 0 && (
          <button type="button" onClick={() => onChange([])}>
            Untick all
          </button>
        )}
      </div>
      <div className="qb-muscle-list">
        {shown.map((m) => (
          <label key={m.id} className="choice">
            <input type="checkbox" checked={selected.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
            <span>{capitalize(m.name)}</span>
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
        {shown.length === 0 && unknown.length === 0 && <p className="hint">No muscle matches “{filter}”.</p>}
      </div>
    </fieldset>
  );
}
