import { useEffect, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, extend, type ReconcilerRoot, type RootStore } from '@react-three/fiber';
import { DirectionalLight, Group, HemisphereLight, Mesh, Object3D } from 'three';
import { useAppStore } from '../state/store';
import { probeWebGL } from './probeWebGL';

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
 * redraw then.
 */
export function SceneCanvas({ children }: { children: ReactNode }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const storeRef = useRef<RootStore | null>(null);
  const [size, setSize] = useState<Size | null>(null);

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
        gl: { antialias: !probeWebGL().software, alpha: true, powerPreference: 'high-performance' },
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
    },
    [],
  );

  return (
    <div ref={wrapRef} className="scene-canvas">
      <canvas ref={canvasRef} />
    </div>
  );
}
