// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, startAfterFirstView } from '../../src/app/startAfterFirstView';

type Status = { modelStatus: 'loading' | 'ready' | 'error'; webgl: 'unknown' | 'available' | 'unavailable' };

/** Just what startAfterFirstView reads of the app store. */
function fakeStore(initial: Status) {
  let state = initial;
  const listeners = new Set<(s: Status, prev: Status) => void>();
  return {
    getState: () => state,
    subscribe: (l: (s: Status, prev: Status) => void) => (listeners.add(l), () => listeners.delete(l)),
    set(patch: Partial<Status>) {
      const prev = state;
      state = { ...state, ...patch };
      for (const l of [...listeners]) l(state, prev);
    },
    listeners,
  };
}
const asStore = (s: ReturnType<typeof fakeStore>) => s as unknown as Parameters<typeof startAfterFirstView>[1];

beforeEach(() => {
  vi.useFakeTimers();
  // jsdom has no requestIdleCallback: the fallback (a short timeout) is what runs here.
  vi.stubGlobal('requestIdleCallback', undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('startAfterFirstView', () => {
  it('waits while the body loads and starts once it is drawn and the page is idle', () => {
    const store = fakeStore({ modelStatus: 'loading', webgl: 'available' });
    const start = vi.fn();
    startAfterFirstView(start, asStore(store));
    vi.advanceTimersByTime(5_000);
    expect(start).not.toHaveBeenCalled();
    store.set({ modelStatus: 'ready' });
    expect(start).not.toHaveBeenCalled(); // not in the same task as the first frame
    vi.advanceTimersByTime(1_000);
    expect(start).toHaveBeenCalledTimes(1);
    store.set({ modelStatus: 'loading' });
    store.set({ modelStatus: 'ready' });
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(start).toHaveBeenCalledTimes(1);
    expect(store.listeners.size).toBe(0);
  });

  it('starts after a load error or without WebGL too (offline use does not depend on the body)', () => {
    for (const patch of [{ modelStatus: 'error' }, { webgl: 'unavailable' }] as const) {
      const store = fakeStore({ modelStatus: 'loading', webgl: 'available' });
      const start = vi.fn();
      startAfterFirstView(start, asStore(store));
      store.set(patch);
      vi.advanceTimersByTime(1_000);
      expect(start).toHaveBeenCalledTimes(1);
    }
  });

  it('starts when already settled at call time', () => {
    const start = vi.fn();
    startAfterFirstView(start, asStore(fakeStore({ modelStatus: 'loading', webgl: 'unavailable' })));
    vi.advanceTimersByTime(1_000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at the latest after MAX_WAIT_MS when the view never settles', () => {
    const start = vi.fn();
    startAfterFirstView(start, asStore(fakeStore({ modelStatus: 'loading', webgl: 'available' })));
    vi.advanceTimersByTime(MAX_WAIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('uses requestIdleCallback where there is one', () => {
    const idle = vi.fn((cb: () => void, _options?: IdleRequestOptions) => (setTimeout(cb, 50), 7));
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const store = fakeStore({ modelStatus: 'loading', webgl: 'available' });
    const start = vi.fn();
    startAfterFirstView(start, asStore(store));
    store.set({ modelStatus: 'ready' });
    expect(idle).toHaveBeenCalledTimes(1);
    expect(idle.mock.calls[0]![1]).toEqual({ timeout: expect.any(Number) });
    vi.advanceTimersByTime(50);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('cancelled before it fires, never starts (an unmounted prompt)', () => {
    const store = fakeStore({ modelStatus: 'loading', webgl: 'available' });
    const start = vi.fn();
    const cancel = startAfterFirstView(start, asStore(store));
    store.set({ modelStatus: 'ready' });
    cancel();
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(start).not.toHaveBeenCalled();
    expect(store.listeners.size).toBe(0);
  });
});
