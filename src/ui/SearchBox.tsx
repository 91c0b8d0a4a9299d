import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { bodyRegionName } from '../domain/anatomy';
import { useAppStore } from '../state/store';
import { capitalize, sidedLabel } from './muscleLabels';
import { searchMuscles, type MuscleSearchResult } from './searchMuscles';

/**
 * "Search muscles": fuzzy search over names, ids and aliases with results in a listbox under the
 * input (Up/Down + Enter, or click; Escape clears). "left upper trap" picks the left side.
 */
export function SearchBox({ onChoose }: { onChoose?: () => void }) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-results`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const selectMuscle = useAppStore((s) => s.selectMuscle);
  const results = useMemo(() => searchMuscles(query), [query]);
  const showList = open && results.length > 0;

  const label = (r: MuscleSearchResult) => (r.side ? sidedLabel(r.muscle.id, r.side) : capitalize(r.muscle.name));

  const choose = (r: MuscleSearchResult | undefined) => {
    if (!r) return;
    selectMuscle(r.muscle.id, r.side);
    setOpen(false);
    setActive(-1);
    onChoose?.();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (results.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const down = e.key === 'ArrowDown';
      setActive((a) => (!showList ? (down ? 0 : results.length - 1) : down ? Math.min(results.length - 1, a + 1) : Math.max(0, a - 1)));
    } else if (e.key === 'Enter') {
      if (!query.trim()) return;
      e.preventDefault();
      choose(results[active >= 0 ? active : 0]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  const noMatch = open && query.trim().length > 0 && results.length === 0;

  return (
    <div className="search">
      <label htmlFor={inputId} className="search-label">
        Search muscles
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. traps, SCM, left QL"
        autoComplete="off"
        spellCheck={false}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!showList}>
        {showList &&
          results.map((r, i) => (
            <li
              key={r.muscle.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
              onMouseMove={() => setActive(i)}
            >
              <span>{label(r)}</span>
              <span className="search-option-region"> · {bodyRegionName(r.muscle.region)}</span>
            </li>
          ))}
      </ul>
      {noMatch && <p className="search-empty">No muscle matches “{query.trim()}”.</p>}
    </div>
  );
}
