/**
 * What the page starts before its first render: the body model's download and build (bodyLoad.ts),
 * the 3D view's code and the WebGL probe, so that they overlap the loading and rendering of the
 * app shell instead of following it.
 */
import { probeWebGL } from '../scene/probeWebGL';
import { cancelBodyLoad, startBodyLoad } from './bodyLoad';
import { lazyModule } from './lazyModule';

/** The 3D view's module (three.js and the scene), requested with the page by startEarly. */
export const viewportModule = lazyModule(() => import('../scene/Viewport'));

/**
 * WebGL is there (probed once, see probeWebGL); without it the body's load is cancelled (nothing
 * would draw it). The app asks this when it mounts, if startEarly has not already.
 */
export function webglAvailable(): boolean {
  const available = probeWebGL().available;
  if (!available) cancelBodyLoad();
  return available;
}

/**
 * The body's download and worker and the 3D view's code are started first. The WebGL probe blocks
 * the main thread (making the first context takes a few hundred ms on a software renderer), so it
 * runs once the model's bytes are with the worker, which builds the body meanwhile; or earlier,
 * when the app mounts and asks for it (webglAvailable), on a network slower than the scripts.
 * Without WebGL the view's module, already on its way, is loaded but never mounted.
 */
export function startEarly(): void {
  const downloaded = startBodyLoad();
  viewportModule.load().catch(() => {}); // ViewportSlot reports a failure when it renders
  void downloaded.then(webglAvailable);
}
