// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { SearchBox } from '../../src/ui/SearchBox';
import { click, key, renderInto, typeInto, type Rendered } from './renderInto';

let r: Rendered;
const input = () => r.container.querySelector('input[type="search"]') as HTMLInputElement;
const listbox = () => r.container.querySelector('[role="listbox"]') as HTMLElement;
const options = () => [...r.container.querySelectorAll<HTMLElement>('[role="option"]')];

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  r = renderInto(<SearchBox />);
});
afterEach(() => r.unmount());

describe('SearchBox', () => {
  it('has the visible label "Search muscles"', () => {
    const label = r.container.querySelector(`label[for="${input().id}"]`);
    expect(label?.textContent).toBe('Search muscles');
    expect(listbox().hidden).toBe(true);
  });

  it('lists fuzzy results and selects with arrows + Enter, honouring a leading side', () => {
    typeInto(input(), 'right SCM');
    expect(listbox().hidden).toBe(false);
    expect(options()[0]?.textContent).toContain('Right sternocleidomastoid');
    key(input(), 'ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]?.id);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    key(input(), 'Enter');
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'sternocleidomastoid', side: 'r' });
    expect(listbox().hidden).toBe(true);
  });

  it('Enter takes the first result; a click chooses one; the selected side is kept', () => {
    useAppStore.getState().select('masseter', 'l');
    typeInto(input(), 'lats');
    key(input(), 'Enter');
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'latissimus-dorsi', side: 'l' });
    typeInto(input(), 'psoas');
    click(options()[0]!);
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'iliopsoas', side: 'l' });
  });

  it('Escape clears the query and closes the list', () => {
    typeInto(input(), 'traps');
    expect(options().length).toBeGreaterThanOrEqual(3);
    key(input(), 'Escape');
    expect(input().value).toBe('');
    expect(listbox().hidden).toBe(true);
  });

  it('says so when nothing matches', () => {
    typeInto(input(), 'zzzzqqq');
    expect(r.container.textContent).toContain('No muscle matches');
  });
});
