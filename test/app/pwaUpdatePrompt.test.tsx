// @vitest-environment jsdom
import { act, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/app/pwa/UpdatePrompt';
import { createServiceWorkerStatus, type RegisterServiceWorkerOptions } from '../../src/app/pwa/serviceWorkerStatus';
import { click, renderInto, type Rendered } from '../ui/renderInto';

/** A stand-in for vite-plugin-pwa's registerSW: records calls, lets the test fire its callbacks. */
function fakeRegister() {
  const calls: RegisterServiceWorkerOptions[] = [];
  const updateSW = vi.fn(async (_reload?: boolean) => {});
  const register = vi.fn((options: RegisterServiceWorkerOptions) => {
    calls.push(options);
    return updateSW;
  });
  const fire = (what: 'onNeedRefresh' | 'onOfflineReady') => act(() => calls.at(-1)![what]!());
  return { register, updateSW, calls, fire };
}

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
  vi.restoreAllMocks();
});

/** Registers at once (the app waits for its first view: startAfterFirstView, tested on its own). */
const startNow = (start: () => void) => {
  start();
  return () => {};
};

function mount() {
  const sw = fakeRegister();
  const status = createServiceWorkerStatus(sw.register);
  r = renderInto(
    <StrictMode>
      <UpdatePrompt status={status} startWhen={startNow} />
    </StrictMode>,
  );
  return { ...sw, status };
}

const live = () => document.querySelector('[role="status"]') as HTMLElement;
const button = (name: string) => [...live().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('UpdatePrompt', () => {
  it('registers the service worker once, even when StrictMode mounts it twice', () => {
    const { register } = mount();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('keeps an empty polite live region in the page until there is news', () => {
    mount();
    expect(live()).not.toBeNull();
    expect(live().getAttribute('aria-live')).toBe('polite');
    expect(live().textContent).toBe('');
    expect(live().querySelectorAll('button')).toHaveLength(0);
  });

  it('a waiting new version: "Reload to update" activates it (with reload), focus stays where it was', () => {
    const { fire, updateSW } = mount();
    const outside = document.createElement('button');
    document.body.appendChild(outside);
    outside.focus();
    fire('onNeedRefresh');
    expect(live().textContent).toContain('A new version of Myomap is ready.');
    expect(document.activeElement).toBe(outside);
    click(button('Reload to update')!);
    expect(updateSW).toHaveBeenCalledTimes(1);
    expect(updateSW).toHaveBeenCalledWith(true);
    outside.remove();
  });

  it('"Later" hides the prompt without updating', () => {
    const { fire, updateSW } = mount();
    fire('onNeedRefresh');
    click(button('Later')!);
    expect(live().textContent).toBe('');
    expect(updateSW).not.toHaveBeenCalled();
  });

  it('"Offline ready" is a dismissible note', () => {
    const { fire } = mount();
    fire('onOfflineReady');
    expect(live().textContent).toMatch(/offline ready/i);
    expect(button('Reload to update')).toBeUndefined();
    click(button('Dismiss')!);
    expect(live().textContent).toBe('');
  });

  it('an update replaces the offline note: one message at a time', () => {
    const { fire } = mount();
    fire('onOfflineReady');
    fire('onNeedRefresh');
    expect(live().textContent).toContain('A new version of Myomap is ready.');
    expect(live().textContent).not.toMatch(/offline ready/i);
    click(button('Later')!);
    expect(live().textContent).toBe('');
  });

  it('a failed registration (blocked, unsupported) shows nothing and logs a warning, not an error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    const { calls } = mount();
    act(() => calls[0]!.onRegisterError!(new Error('blocked')));
    expect(live().textContent).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('createServiceWorkerStatus', () => {
  it('notifies subscribers only when the snapshot changes, and keeps the snapshot object otherwise', () => {
    const sw = fakeRegister();
    const status = createServiceWorkerStatus(sw.register);
    status.start();
    status.start();
    expect(sw.register).toHaveBeenCalledTimes(1);
    const listener = vi.fn();
    const unsubscribe = status.subscribe(listener);
    const before = status.getSnapshot();
    status.dismissRefresh(); // nothing to dismiss
    expect(listener).not.toHaveBeenCalled();
    expect(status.getSnapshot()).toBe(before);
    sw.calls[0]!.onOfflineReady!();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(status.getSnapshot()).toEqual({ needRefresh: false, offlineReady: true });
    unsubscribe();
    sw.calls[0]!.onNeedRefresh!();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('update() before start() does nothing (no worker registered yet)', async () => {
    const sw = fakeRegister();
    await createServiceWorkerStatus(sw.register).update();
    expect(sw.updateSW).not.toHaveBeenCalled();
  });
});
