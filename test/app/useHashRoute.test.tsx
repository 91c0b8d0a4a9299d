// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useHashRoute } from '../../src/app/useHashRoute';
import { useAppStore } from '../../src/state/store';
import { renderInto, type Rendered } from '../ui/renderInto';

function Probe() {
  useHashRoute();
  return null;
}

let r: Rendered | null = null;
const open = (hash: string) => {
  window.history.replaceState(null, '', `/${hash}`);
  r = renderInto(<Probe />);
};

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(() => {
  r?.unmount();
  r = null;
});

describe('useHashRoute', () => {
  it('a deep link with a side selects it', () => {
    open('#/explore/gluteus-medius/l');
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'gluteus-medius', side: 'l' });
    expect(window.location.hash).toBe('#/explore/gluteus-medius/l');
  });

  it('a deep link without a side selects the right side and completes the URL', () => {
    open('#/explore/sternocleidomastoid');
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'sternocleidomastoid', side: 'r' });
    expect(window.location.hash).toBe('#/explore/sternocleidomastoid/r');
  });

  it('an unknown id leaves a notice and #/explore; an unknown route becomes #/explore', () => {
    open('#/explore/not-a-muscle');
    expect(useAppStore.getState().selection).toBeNull();
    expect(useAppStore.getState().routeNotice).toMatch(/not-a-muscle/);
    expect(window.location.hash).toBe('#/explore');
    r?.unmount();
    open('#/somewhere/else');
    expect(window.location.hash).toBe('#/explore');
  });

  it('the URL follows the selection without adding history entries', () => {
    open('#/explore');
    const length = window.history.length;
    act(() => useAppStore.getState().select('piriformis', 'r'));
    expect(window.location.hash).toBe('#/explore/piriformis/r');
    act(() => useAppStore.getState().switchSide());
    expect(window.location.hash).toBe('#/explore/piriformis/l');
    act(() => useAppStore.getState().clearSelection());
    expect(window.location.hash).toBe('#/explore');
    expect(window.history.length).toBe(length);
  });

  it('follows hash changes made by the user', () => {
    open('#/explore');
    act(() => {
      window.history.replaceState(null, '', '/#/explore/soleus/l');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'soleus', side: 'l' });
  });
});
