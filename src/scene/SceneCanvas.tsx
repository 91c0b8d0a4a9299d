import { useEffect, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useAppStore } from '../state/store';
import { probeWebGL, probedCanvas, releaseProbedCanvas } from './probeWebGL';
import { SceneHost } from './SceneHost';
import { SceneHostContext } from './sceneHostContext';

/**
 * The canvas and its SceneHost (plain three.js: renderer, scene, camera, controls, on-demand
 * render loop), sized by a ResizeObserver; the children draw into it (see useSceneHost). No
 * pointer-event system: picking is ours, with a BVH.
 * Recovers from WebGL context loss: three restores its GPU state on `webglcontextrestored`; we
 * redraw then. Where the WebGL probe kept its context (software rendering, where making a context
 * is slow) the view adopts that canvas and context instead of creating its own.
 */
export function SceneCanvas({ children }: { children: ReactNode }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const hostRef = useRef<SceneHost | null>(null);
  const [host, setHost] = useState<SceneHost | null>(null);
  // Read once per mounted view; StrictMode's double render reads the same (not yet released) one.
  const [probed] = useState(probedCanvas);

  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || hostRef.current) return;
    if (probed) {
      wrap.prepend(probed.canvas);
      canvasRef.current = probed.canvas;
    }
    const canvas = canvasRef.current;
    if (!canvas) return;
    try {
      hostRef.current = new SceneHost(canvas, { antialias: !probeWebGL().software, context: probed?.canvas === canvas ? probed.context : undefined });
      setHost(hostRef.current);
    } catch (e) {
      useAppStore.getState().setModelStatus('error', `The 3D view could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [probed]);

  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || !host) return;
    const measure = () => {
      const r = wrap.getBoundingClientRect();
      host.setSize(Math.round(r.width), Math.round(r.height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, [host]);

  useEffect(() => {
    if (!host) return;
    const onLost = () => useAppStore.getState().setContextLost(true);
    const onRestored = () => {
      useAppStore.getState().setContextLost(false);
      // three re-creates programs, buffers and textures on the next render; ask for frames.
      host.invalidate(2);
    };
    host.canvas.addEventListener('webglcontextlost', onLost);
    host.canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      host.canvas.removeEventListener('webglcontextlost', onLost);
      host.canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [host]);

  // An insertion-effect cleanup runs only on final removal (not on StrictMode's effect replay).
  useInsertionEffect(
    () => () => {
      hostRef.current?.dispose();
      hostRef.current = null;
      // The host disposed the renderer (and lost its context): the adopted canvas is spent.
      if (probed) releaseProbedCanvas();
    },
    [],
  );

  return (
    <div ref={wrapRef} className="scene-canvas">
      {!probed && <canvas ref={canvasRef} />}
      {host && <SceneHostContext value={host}>{children}</SceneHostContext>}
    </div>
  );
}
