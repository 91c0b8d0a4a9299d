import { useState } from 'react';
import type { Pack } from '../../content/schema';
import type { Side } from '../../domain/anatomy';
import { useAppStore } from '../../state/store';
import { capitalize } from '../muscleLabels';

type SideChoice = Side | 'both';

/** Pick sore areas from the pack's list of body areas (for keyboard and screen-reader users too). */
export function FindAreaList({ pack }: { pack: Pack | null }) {
  const picked = useAppStore((s) => s.stage?.regions ?? []);
  const [side, setSide] = useState<SideChoice>('r');
  const [filter, setFilter] = useState('');
  const sides: Side[] = side === 'both' ? ['r', 'l'] : [side];
  const has = (id: string) => sides.every((sd) => picked.some((p) => p.regionId === id && p.side === sd));
  const toggle = (id: string, on: boolean) => {
    const rest = picked.filter((p) => !(p.regionId === id && sides.includes(p.side)));
    useAppStore.getState().updateStage({ regions: on ? [...rest, ...sides.map((sd) => ({ regionId: id, side: sd }))] : rest });
  };
  const f = filter.trim().toLowerCase();
  const list = (pack?.regions ?? []).filter((r) => !f || r.name.toLowerCase().includes(f) || r.aliases.some((a) => a.toLowerCase().includes(f)));
  return (
    <details className="find-areas">
      <summary>Or choose areas from a list{picked.length ? ` (${picked.length} chosen)` : ''}</summary>
      <fieldset className="choice-list">
        <legend>Side</legend>
        <div className="form-row">
          {(
            [
              ['r', 'Right'],
              ['l', 'Left'],
              ['both', 'Both sides'],
            ] as const
          ).map(([v, label]) => (
            <label key={v} className="choice">
              <input type="radio" name="find-side" checked={side === v} onChange={() => setSide(v)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span>Filter areas</span>
        <input type="text" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. jaw, temple, thigh" />
      </label>
      <fieldset className="choice-list region-list">
        <legend>Areas</legend>
        {list.map((r) => (
          <label key={r.id} className="choice">
            <input type="checkbox" checked={has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
            <span>{capitalize(r.name)}</span>
          </label>
        ))}
        {list.length === 0 && <p className="hint">No area matches “{filter}”.</p>}
      </fieldset>
    </details>
  );
}
