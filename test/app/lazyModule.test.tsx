// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { lazyModule, useLazyModule, type LazyModule } from '../../src/app/lazyModule';
import { click, renderInto, type Rendered } from '../ui/renderInto';

type Mod = { default: (p: { name: string }) => React.ReactNode };
const module: Mod = { default: ({ name }) => <p className="content">Hello {name}</p> };

/** An importer the test answers by hand. */
function manual() {
  const calls: Array<{ resolve: (m: Mod) => void; reject: (e: unknown) => void }> = [];
  const importer = vi.fn(() => new Promise<Mod>((resolve, reject) => calls.push({ resolve, reject })));
  return { importer, calls };
}

function Slot({ lazy }: { lazy: LazyModule<Mod> }) {
  const m = useLazyModule(lazy);
  if (!m) return <p className="loading">Loading…</p>;
  const C = m.default;
  return <C name="Ada" />;
}

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
  vi.restoreAllMocks();
});
const flush = () => act(async () => {});

describe('lazyModule', () => {
  it('imports once however often it is asked, and says when the module is in', async () => {
    const { importer, calls } = manual();
    const lazy = lazyModule(importer);
    const a = lazy.load();
    const b = lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(lazy.loaded()).toBeNull();
    calls[0]!.resolve(module);
    expect(await a).toBe(module);
    expect(await b).toBe(module);
    expect(lazy.loaded()).toBe(module);
  });

  it('a failed import can be tried again', async () => {
    const { importer, calls } = manual();
    const lazy = lazyModule(importer);
    const first = lazy.load();
    calls[0]!.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    const second = lazy.load();
    expect(importer).toHaveBeenCalledTimes(2);
    calls[1]!.resolve(module);
    expect(await second).toBe(module);
  });
});

describe('useLazyModule', () => {
  it('shows the placeholder, then the component as soon as its module arrives', async () => {
    const { importer, calls } = manual();
    r = renderInto(<Slot lazy={lazyModule(importer)} />);
    expect(r.container.textContent).toBe('Loading…');
    await act(async () => calls[0]!.resolve(module));
    expect(r.container.textContent).toBe('Hello Ada');
  });

  it('an already-loaded module renders in the first render: the placeholder never reaches the page', async () => {
    const lazy = lazyModule(async () => module);
    await lazy.load();
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    r = renderInto(<Slot lazy={lazy} />);
    await flush();
    observer.disconnect();
    expect(r.container.textContent).toBe('Hello Ada');
    expect(seen.some((t) => t.includes('Loading'))).toBe(false);
  });

  it('a failed load reaches the error boundary; its Retry loads again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { importer, calls } = manual();
    const lazy = lazyModule(importer);
    r = renderInto(
      <ErrorBoundary
        fallback={(error, reset) => (
          <button type="button" onClick={reset}>
            Retry after: {error.message}
          </button>
        )}
      >
        <Slot lazy={lazy} />
      </ErrorBoundary>,
    );
    await act(async () => calls[0]!.reject(new Error('chunk failed')));
    expect(r.container.textContent).toBe('Retry after: chunk failed');
    click(r.container.querySelector('button')!);
    expect(importer).toHaveBeenCalledTimes(2);
    await act(async () => calls[1]!.resolve(module));
    expect(r.container.textContent).toBe('Hello Ada');
  });
});
