import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { getMuscle, type BodyRegionId } from '../domain/anatomy';
import { selectSelection } from '../state/selectors';
import { useAppStore } from '../state/store';
import { capitalize } from './muscleLabels';
import { REGION_GROUPS, muscleKey, regionKey, treeKeyAction, visibleTreeItems } from './muscleTreeModel';

/**
 * The muscle list as an ARIA tree: regions (head to foot) that expand to their muscles; one item
 * in the tab order (roving tabindex); the selected muscle is aria-selected and its region opens.
 */
export function MuscleTree({ onChoose }: { onChoose?: () => void }) {
  const selection = useAppStore(selectSelection);
  const selectMuscle = useAppStore((s) => s.selectMuscle);
  const [expanded, setExpanded] = useState<ReadonlySet<BodyRegionId>>(() => new Set());
  const [rawActiveKey, setActiveKey] = useState(() => regionKey(REGION_GROUPS[0]!.regionId));
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const focusPending = useRef<string | null>(null);

  // The active item must be visible (a collapsed region hides its muscles): fall back to its region.
  const items = visibleTreeItems(expanded);
  const activeKey = items.some((it) => it.key === rawActiveKey)
    ? rawActiveKey
    : regionKey(getMuscle(rawActiveKey.replace(/^muscle:/, ''))?.region ?? REGION_GROUPS[0]!.regionId);

  // Follow the selection made anywhere (canvas, search, URL): open its region, make it the active item.
  const selectedId = selection?.muscleId ?? null;
  useEffect(() => {
    const muscle = selectedId ? getMuscle(selectedId) : undefined;
    if (!muscle) return;
    setExpanded((prev) => (prev.has(muscle.region) ? prev : new Set(prev).add(muscle.region)));
    setActiveKey(muscleKey(muscle.id));
  }, [selectedId]);

  useEffect(() => {
    const el = itemRefs.current.get(activeKey);
    if (focusPending.current === activeKey && el) {
      el.focus();
      focusPending.current = null;
    }
    el?.querySelector('.tree-row')?.scrollIntoView?.({ block: 'nearest' });
  }, [activeKey, expanded]);

  const setRegion = (regionId: BodyRegionId, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(regionId);
      else next.delete(regionId);
      return next;
    });

  const moveFocus = (key: string) => {
    focusPending.current = key;
    setActiveKey(key);
    itemRefs.current.get(key)?.focus();
  };

  const choose = (muscleId: string) => {
    selectMuscle(muscleId);
    onChoose?.();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = treeKeyAction(items, activeKey, e.key, expanded);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.type === 'focus') moveFocus(action.key);
    else if (action.type === 'expand') setRegion(action.regionId, true);
    else if (action.type === 'collapse') setRegion(action.regionId, false);
    else if (action.type === 'toggle') setRegion(action.regionId, !expanded.has(action.regionId));
    else choose(action.muscleId);
  };

  const onClick = (e: MouseEvent<HTMLUListElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
    const key = el?.dataset['key'];
    if (!el || !key) return;
    setActiveKey(key);
    const muscleId = el.dataset['muscle'];
    const region = el.dataset['region'] as BodyRegionId | undefined;
    if (muscleId) choose(muscleId);
    else if (region) setRegion(region, !expanded.has(region));
  };

  const ref = (key: string) => (el: HTMLLIElement | null) => {
    if (el) itemRefs.current.set(key, el);
    else itemRefs.current.delete(key);
  };

  return (
    <ul className="tree" role="tree" aria-label="Muscles by region" onKeyDown={onKeyDown} onClick={onClick}>
      {REGION_GROUPS.map((g) => {
        const key = regionKey(g.regionId);
        const open = expanded.has(g.regionId);
        const labelId = `tree-${g.regionId}-label`;
        return (
          <li key={key} ref={ref(key)} role="treeitem" aria-expanded={open} aria-labelledby={labelId} tabIndex={activeKey === key ? 0 : -1} className="tree-region">
            <span className="tree-row" data-key={key} data-region={g.regionId}>
              <span className="tree-twisty" aria-hidden="true">{open ? '▾' : '▸'}</span>
              <span id={labelId}>{g.label}</span>
              {/* The count is decoration, drawn by CSS (attr(data-count)): as text it would be visible text
                  missing from the item's accessible name (axe label-content-name-mismatch). */}
              <span className="tree-count" aria-hidden="true" data-count={g.muscles.length} />
            </span>
            {open && (
              <ul role="group">
                {g.muscles.map((m) => {
                  const mKey = muscleKey(m.id);
                  const selected = selectedId === m.id;
                  return (
                    <li key={mKey} ref={ref(mKey)} role="treeitem" aria-selected={selected} tabIndex={activeKey === mKey ? 0 : -1} className="tree-muscle">
                      <span className="tree-row" data-key={mKey} data-muscle={m.id}>
                        {capitalize(m.name)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
