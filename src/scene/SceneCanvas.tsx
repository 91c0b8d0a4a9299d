import { useEffect, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, extend, type ReconcilerRoot, type RootStore } from '@react-three/fiber';
import { DirectionalLight, Group, HemisphereLight, Mesh, Object3D, WebGLRenderer } from 'three';
import { useAppStore } from '../state/store';
import { probeWebGL, probedCanvas, releaseProbedCanvas } from './probeWebGL';

// Only the classes the scene uses: R3F's <Canvas> would register (and bundle) all of three.
extend({ DirectionalLight, Group, HemisphereLight, Mesh, Object3D });

interface Size {
  width: number;
  height: number;
  top: number;
  left: number;
}

/**
 * A lean replacement for R3F's <Canvas>: one root on our canvas, sized by a ResizeObserver,
 * rendering on demand, without R3F's pointer-event system (picking is ours, with a BVH).
 * Recovers from WebGL context loss: three restores its GPU state on `webglcontextrestored`; we
 * redraw then. Where the WebGL probe kept its context (software rendering, where making a context
 * is slow) the first view adopts that canvas and context instead of creating its own.
 */
export function SceneCanvas({ children }: { children: ReactNode }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const storeRef = useRef<RootStore | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  // Read once per mounted view; StrictMode's double render reads the same (not yet released) one.
  const [probed] = useState(probedCanvas);

  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!probed || !wrap) return;
    wrap.prepend(probed.canvas);
    canvasRef.current = probed.canvas;
  }, [probed]);

  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const measure = () => {
      const r = wrap.getBoundingClientRect();
      const next = { width: Math.round(r.width), height: Math.round(r.height), top: r.top, left: r.left };
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !size || size.width === 0 || size.height === 0) return;
    rootRef.current ??= createRoot(canvas);
    const root = rootRef.current;
    void root
      .configure({
        size,
        frameloop: 'demand',
        dpr: [1, 2],
        flat: true,
        gl: (defaults) => new WebGLRenderer({ ...defaults, antialias: !probeWebGL().software, context: probed?.canvas === canvas ? probed.context : undefined }),
        camera: { fov: 30, near: 0.02, far: 40, position: [0, 1, 5] },
      })
      .catch((e: unknown) => useAppStore.getState().setModelStatus('error', `The 3D view could not start: ${String(e)}`));
    storeRef.current = root.render(children);
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onLost = () => useAppStore.getState().setContextLost(true);
    const onRestored = () => {
      useAppStore.getState().setContextLost(false);
      // three re-creates programs, buffers and textures on the next render; ask for frames.
      storeRef.current?.getState().invalidate(2);
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, []);

  // An insertion-effect cleanup runs only on final removal (not on StrictMode's effect replay).
  useInsertionEffect(
    () => () => {
      rootRef.current?.unmount();
      rootRef.current = null;
      // The root disposed the renderer (and lost its context): the adopted canvas is spent.
      if (probed) releaseProbedCanvas();
    },
    [],
  );

  return (
    <div ref={wrapRef} className="scene-canvas">
      {!probed && <canvas ref={canvasRef} />}
    </div>
  );
}
