import { useEffect, useState } from 'react';
import { loadedViewportModule, loadViewportModule } from './startup';

type Slot = { view: (typeof import('../scene/Viewport'))['default'] } | { error: unknown } | null;

/**
 * The 3D view, rendered as soon as its module (three.js and the scene, requested with the page by
 * startup.ts) is in. Not React.lazy + Suspense: a lazy component suspends on its first render even
 * when its module has already loaded, and React then holds back the content for 300 ms after
 * showing the fallback, so the body's first frame waited for that throttle.
 * A failed load is thrown to the enclosing error boundary (its Retry mounts a fresh slot, which
 * loads again).
 */
export function ViewportSlot() {
  const [slot, setSlot] = useState<Slot>(() => {
    const m = loadedViewportModule();
    return m ? { view: m.default } : null;
  });
  useEffect(() => {
    if (slot) return;
    let live = true;
    loadViewportModule().then(
      (m) => live && setSlot({ view: m.default }),
      (error: unknown) => live && setSlot({ error }),
    );
    return () => {
      live = false;
    };
  }, [slot]);

  if (slot && 'error' in slot) throw slot.error instanceof Error ? slot.error : new Error(String(slot.error));
  if (!slot) {
    return (
      <p className="viewport-status" role="status">
        Loading the 3D view…
      </p>
    );
  }
  const View = slot.view;
  return <View />;
}
