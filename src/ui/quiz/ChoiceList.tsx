import { useId } from 'react';

export interface ChoiceItem {
  value: string;
  label: string;
  /** After checking: whether this choice is right (shown as text, not colour alone). */
  verdict?: 'right' | 'wrong-picked' | 'missed' | undefined;
}

const VERDICT_TEXT = { right: 'correct', 'wrong-picked': 'your pick — not correct', missed: 'correct — you missed it' } as const;

/**
 * A list of radio buttons (one answer) or checkboxes (several), keyboard operable as native
 * inputs are; after checking, each choice says whether it was right.
 */
export function ChoiceList({ legend, items, selected, multiple, disabled, onChange }: { legend: string; items: ChoiceItem[]; selected: readonly string[]; multiple: boolean; disabled: boolean; onChange: (values: string[]) => void }) {
  const name = useId();
  return (
    <fieldset className="choice-list" disabled={disabled}>
      <legend>{legend}</legend>
      {items.map((item) => {
        const checked = selected.includes(item.value);
        return (
          <label key={item.value} className="choice" data-verdict={item.verdict ?? 'none'}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={item.value}
              checked={checked}
              onChange={(e) => onChange(multiple ? (e.target.checked ? [...selected, item.value] : selected.filter((v) => v !== item.value)) : [item.value])}
            />
            <span>{item.label}</span>
            {item.verdict && <span className="verdict">({VERDICT_TEXT[item.verdict]})</span>}
          </label>
        );
      })}
    </fieldset>
  );
}

/** Verdicts for a checked question: the right ones, wrong picks and missed ones. */
export function verdictOf(value: string, picked: readonly string[], right: readonly string[]): ChoiceItem['verdict'] {
  const isRight = right.includes(value);
  if (isRight) return picked.includes(value) ? 'right' : 'missed';
  return picked.includes(value) ? 'wrong-picked' : undefined;
}
