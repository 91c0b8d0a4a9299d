import { useState } from 'react';
import type { RankedMuscle } from '../../domain/referral';
import { useAppStore } from '../../state/store';
import { sidedLabel } from '../muscleLabels';

/** How many of the top results go on the homework sheet unless the user changes it. */
export const DEFAULT_PICKED = 3;

const keyOf = (r: RankedMuscle) => `${r.muscle}:${r.side}`;

/**
 * Choose pain-finder results for the client's printable homework sheet (the top three ticked by
 * default), then open it (`#/print`) with each result's matched trigger point.
 */
export function HomeworkPicker({ results }: { results: readonly RankedMuscle[] }) {
  // Only the user's own changes are kept, so the default follows the list as it re-ranks.
  const [choice, setChoice] = useState<Record<string, boolean>>({});
  if (results.length === 0) return null;
  const picked = results.filter((r, i) => choice[keyOf(r)] ?? i < DEFAULT_PICKED);
  const print = () => {
    useAppStore.getState().setHomework(
      picked.map((r) => ({ muscleId: r.muscle, side: r.side, triggerPointId: r.triggerPoint })),
      'find',
    );
    window.location.hash = '#/print';
  };
  return (
    <fieldset className="choice-list homework-picker">
      <legend>Homework sheet</legend>
      <p className="hint">Tick the muscles to put on a printable self-care sheet.</p>
      {results.map((r, i) => (
        <label key={keyOf(r)} className="choice">
          <input type="checkbox" checked={choice[keyOf(r)] ?? i < DEFAULT_PICKED} onChange={(e) => setChoice((c) => ({ ...c, [keyOf(r)]: e.target.checked }))} />
          <span>Add {sidedLabel(r.muscle, r.side).toLowerCase()} to homework</span>
        </label>
      ))}
      <div className="button-row">
        <button type="button" className="primary" onClick={print} disabled={picked.length === 0}>
          Print / Save as PDF…
        </button>
      </div>
    </fieldset>
  );
}
