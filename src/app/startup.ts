/**
 * What the page starts before its first render: the body model's download and build (bodyLoad.ts),
 * the 3D view's code and the WebGL probe, so that they overlap the loading and rendering of the
 * app shell instead of following it.
 */
import { probeWebGL } from '../scene/probeWebGL';
import { cancelBodyLoad, startBodyLoad } from './bodyLoad';

type ViewportModule = typeof import('../scene/Viewport');
let viewport: Promise<ViewportModule> | null = null;
let loaded: ViewportModule | null = null;

/** The 3D view's module (three.js and the scene), loaded once; a failed load may be tried again. */
export function loadViewportModule(): Promise<ViewportModule> {
  viewport ??= import('../scene/Viewport').then(
    (m) => (loaded = m),
    (e: unknown) => {
      viewport = null;
      throw e;
    },
  );
  return viewport;
}

/** The 3D view's module if it has loaded already (then it renders without waiting a turn). */
export function loadedViewportModule(): ViewportModule | null {
  return loaded;
}

/**
 * The body's worker and the 3D view's code are requested before the probe: making the first WebGL
 * context takes a few hundred ms on a software renderer, and both download and compile meanwhile
 * (off the main thread). Without WebGL the body load is cancelled; the view's module, already on
 * its way, is then loaded but never mounted.
 */
export function startEarly(): void {
  startBodyLoad();
  loadViewportModule().catch(() => {}); // the view's lazy() reports a failure when it renders
  if (!probeWebGL().available) cancelBodyLoad();
}
