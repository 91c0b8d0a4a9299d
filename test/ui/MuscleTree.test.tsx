// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_REGIONS } from '../../src/domain/anatomy';
import { useAppStore } from '../../src/state/store';
import { MuscleTree } from '../../src/ui/MuscleTree';
import { click, key, renderInto, type Rendered } from './renderInto';

let r: Rendered;
const tree = () => r.container.querySelector('[role="tree"]') as HTMLElement;
const items = () => [...r.container.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const focusable = () => items().filter((i) => i.tabIndex === 0);
const active = () => document.activeElement as HTMLElement;
const label = (el: HTMLElement) => (el.querySelector('.tree-row')?.textContent ?? '').replace(/[▸▾\d]/g, '').trim();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  r = renderInto(<MuscleTree />);
});
afterEach(() => r.unmount());

describe('MuscleTree (ARIA tree)', () => {
  it('is a labelled tree of collapsed regions in BODY_REGIONS order, one in the tab order', () => {
    expect(tree().getAttribute('aria-label')).toBe('Muscles by region');
    const regions = items();
    expect(regions.map((i) => document.getElementById(i.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual(BODY_REGIONS.map((b) => b.name));
    expect(regions.every((i) => i.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(focusable()).toHaveLength(1);
  });

  it('walks with arrows, expands with Right, selects with Enter (right side by default)', () => {
    const first = focusable()[0]!;
    act(() => first.focus());
    key(active(), 'ArrowRight');
    expect(first.getAttribute('aria-expanded')).toBe('true');
    key(active(), 'ArrowDown');
    expect(label(active())).toBe('Temporalis');
    key(active(), 'ArrowDown');
    key(active(), 'Enter');
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'masseter', side: 'r' });
    expect(active().getAttribute('aria-selected')).toBe('true');
    key(active(), 'ArrowLeft');
    expect(active()).toBe(first);
    key(active(), 'ArrowLeft');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    key(active(), 'End');
    expect(label(active())).toBe('Foot');
    key(active(), 'Home');
    expect(active()).toBe(first);
    expect(focusable()).toEqual([first]);
  });

  it('Space on a muscle keeps the side already selected', () => {
    act(() => useAppStore.getState().select('piriformis', 'l'));
    const item = items().find((i) => label(i) === 'Piriformis')!;
    expect(item.tabIndex).toBe(0);
    act(() => item.focus());
    key(item, 'ArrowDown');
    key(active(), ' ');
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'tensor-fasciae-latae', side: 'l' });
  });

  it('follows a selection made elsewhere and selects on click', () => {
    act(() => useAppStore.getState().select('gastrocnemius', 'r'));
    const item = items().find((i) => i.getAttribute('aria-selected') === 'true');
    expect(item && label(item)).toBe('Gastrocnemius');
    const soleus = items().find((i) => label(i) === 'Soleus')!;
    click(soleus.querySelector('.tree-row')!);
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'soleus', side: 'r' });
  });

  it('keeps a tabbable item when the active muscle’s region collapses', () => {
    act(() => useAppStore.getState().select('gastrocnemius', 'r'));
    const region = items().find((i) => i.getAttribute('aria-expanded') === 'true')!;
    click(region.querySelector('.tree-row')!);
    expect(region.getAttribute('aria-expanded')).toBe('false');
    expect(focusable()).toEqual([region]);
  });
});
