import { useAppStore, type AppState } from '../state/store';

/** The page's first view is up: the body drawn or given up on (load error, no WebGL). */
const settled = (s: Pick<AppState, 'modelStatus' | 'webgl'>) => s.modelStatus !== 'loading' || s.webgl === 'unavailable';

/** Waits this long for the body at most: a view that never settles must not keep the app from working offline. */
export const MAX_WAIT_MS = 15_000;
/** After the first view, the longest wait for an idle moment. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Calls `start` once, after the page's first view: when the body model is drawn (or has failed,
 * or WebGL is missing) and the browser is next idle, and at the latest after MAX_WAIT_MS.
 * For work the first view does not need and would only slow down: the service worker's first
 * install (it downloads and caches the whole app, ≈ 5 MB with the body model), loading the other
 * modes' code. Returns a cancel function.
 */
export function startAfterFirstView(start: () => void, store: Pick<typeof useAppStore, 'getState' | 'subscribe'> = useAppStore): () => void {
  let done = false;
  let cancelIdle: (() => void) | null = null;
  const fire = () => {
    if (done) return;
    done = true;
    cleanup();
    start();
  };
  const whenIdle = () => {
    if (done || cancelIdle) return;
    // The body's first frame is drawn on the next animation frame after the model is ready.
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(fire, { timeout: IDLE_TIMEOUT_MS });
      cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(fire, 200);
      cancelIdle = () => clearTimeout(id);
    }
  };
  const unsubscribe = store.subscribe((s) => {
    if (settled(s)) whenIdle();
  });
  const latest = window.setTimeout(fire, MAX_WAIT_MS);
  function cleanup() {
    unsubscribe();
    clearTimeout(latest);
    cancelIdle?.();
  }
  if (settled(store.getState())) whenIdle();
  return () => {
    done = true;
    cleanup();
  };
}
