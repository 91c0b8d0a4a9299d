import { useEffect, useState } from 'react';

/** A module loaded on demand (a dynamic import), once; a failed load may be tried again. */
export interface LazyModule<M> {
  load(): Promise<M>;
  /** The module if it has loaded already. */
  loaded(): M | null;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | null = null;
  let value: M | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (value = m),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      )),
    loaded: () => value,
  };
}

type Slot<M> = { module: M } | { error: unknown } | null;

/**
 * The module once it is in (null until then), for rendering its component. Instead of React.lazy +
 * Suspense: a lazy component suspends on its first render even when its module has already
 * loaded, and React then holds the content back for 300 ms after showing the fallback. Here an
 * already-loaded module renders at once, and one that arrives later renders when it arrives.
 * A failed load is thrown to the enclosing error boundary (its Retry mounts afresh and loads again).
 */
export function useLazyModule<M>(lazy: LazyModule<M>): M | null {
  const [slot, setSlot] = useState<Slot<M>>(() => {
    const m = lazy.loaded();
    return m ? { module: m } : null;
  });
  useEffect(() => {
    if (slot) return;
    let live = true;
    lazy.load().then(
      (module) => live && setSlot({ module }),
      (error: unknown) => live && setSlot({ error }),
    );
    return () => {
      live = false;
    };
  }, [lazy, slot]);
  if (slot && 'error' in slot) throw slot.error instanceof Error ? slot.error : new Error(String(slot.error));
  return slot ? slot.module : null;
}
