import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import type { BodyRuntime } from './BodyRuntime';
import { useSceneHost } from './sceneHostContext';
import { rayAtClientPoint } from './screenRay';

/** Beyond this many CSS px between press and release, a press is a drag (orbit/pan), not a click. */
export const CLICK_SLOP_PX = 5;

/**
 * Hover and click picking on the canvas with plain pointer events (so drags and pinches are told
 * apart from clicks and taps). Hover picks at most once per animation frame and touches the store
 * only when the hovered muscle changes.
 */
export function PointerPicking({ runtime }: { runtime: BodyRuntime }) {
  const host = useSceneHost();

  // Get the picking trees once the first frames are on screen (built in the body worker, or here).
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = requestAnimationFrame(() => (timer = window.setTimeout(() => runtime.picker.warm(), 30)))));
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(timer);
      clearTimeout(timer);
    };
  }, [runtime]);

  useEffect(() => {
    // The camera controls emit 'update' while the camera moves.
    const { canvas, camera, controls } = host;
    const store = useAppStore;
    const pickMuscleAt = (x: number, y: number) => {
      const ray = rayAtClientPoint(canvas, camera, x, y);
      return ray ? runtime.picker.pick(ray, runtime.pickOptions()) : null;
    };

    let hoverFrame = 0;
    let hoverX = 0;
    let hoverY = 0;
    const presses = new Map<number, { x: number; y: number; moved: boolean }>();
    let multiTouch = false;
    let pointerInside = false;

    /** Outside Explore the stage decides what a click does; muscles are never selected there. */
    const stageMode = () => store.getState().route.mode !== 'explore';
    const skinPointAt = (x: number, y: number): [number, number, number] | null => {
      const ray = rayAtClientPoint(canvas, camera, x, y);
      const p = ray ? runtime.picker.pickSkin(ray) : null;
      return p ? [p.x, p.y, p.z] : null;
    };
    // Brush painting: a press on the body with the paint tool draws instead of orbiting.
    let painting: { pointerId: number; last: [number, number, number] } | null = null;
    const onPaintDown = (e: PointerEvent) => {
      const st = store.getState();
      if (!stageMode() || st.stage?.tool !== 'paint' || e.target !== canvas || (e.button !== 0 && e.pointerType === 'mouse') || painting) return;
      const at = skinPointAt(e.clientX, e.clientY);
      if (!at) return;
      painting = { pointerId: e.pointerId, last: at };
      controls.enabled = false;
      e.stopPropagation();
      st.beginStroke({ center: at, radius: st.stage.brush });
    };
    const onPaintMove = (e: PointerEvent) => {
      if (!painting || e.pointerId !== painting.pointerId) return;
      const st = store.getState();
      const brush = st.stage?.brush ?? 0.02;
      const at = skinPointAt(e.clientX, e.clientY);
      if (!at) return;
      const [x, y, z] = painting.last;
      if (Math.hypot(at[0] - x, at[1] - y, at[2] - z) < brush * 0.4) return;
      painting.last = at;
      st.extendStroke({ center: at, radius: brush });
    };
    const onPaintEnd = (e: PointerEvent) => {
      if (!painting || e.pointerId !== painting.pointerId) return;
      painting = null;
      controls.enabled = true;
    };

    const runHover = () => {
      hoverFrame = 0;
      if (presses.size > 0) return;
      if (stageMode() && !store.getState().stage?.hoverNames) return;
      const hit = pickMuscleAt(hoverX, hoverY);
      store.getState().setHover(hit?.kind === 'muscle' ? { muscleId: hit.muscle.id, side: hit.muscle.side } : null);
    };
    const onAnyMove = (e: PointerEvent) => {
      const press = presses.get(e.pointerId);
      if (press && !press.moved && Math.hypot(e.clientX - press.x, e.clientY - press.y) > CLICK_SLOP_PX) press.moved = true;
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      pointerInside = true;
      const press = presses.get(e.pointerId);
      hoverX = e.clientX;
      hoverY = e.clientY;
      if (press) {
        if (press.moved) store.getState().setHover(null);
        return;
      }
      if (!hoverFrame) hoverFrame = requestAnimationFrame(runHover);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      presses.set(e.pointerId, { x: e.clientX, y: e.clientY, moved: false });
      if (presses.size > 1) multiTouch = true;
    };
    const onUp = (e: PointerEvent) => {
      const press = presses.get(e.pointerId);
      presses.delete(e.pointerId);
      const wasMulti = multiTouch;
      if (presses.size === 0) multiTouch = false;
      if (!press || press.moved || wasMulti) return;
      if (stageMode()) {
        if (store.getState().stage?.tool === 'locate') {
          const at = skinPointAt(e.clientX, e.clientY);
          if (at) store.getState().stageClick(at);
        }
        return;
      }
      const hit = pickMuscleAt(e.clientX, e.clientY);
      if (hit?.kind === 'muscle') store.getState().select(hit.muscle.id, hit.muscle.side);
      else store.getState().clearSelection();
    };
    const onCancel = (e: PointerEvent) => {
      presses.delete(e.pointerId);
      if (presses.size === 0) multiTouch = false;
    };
    // The camera moved under a still pointer (easing, keys, preset views): re-pick what is under it.
    const onCameraUpdate = () => {
      if (pointerInside && presses.size === 0 && !hoverFrame) hoverFrame = requestAnimationFrame(runHover);
    };
    const onLeave = () => {
      pointerInside = false;
      if (hoverFrame) cancelAnimationFrame(hoverFrame);
      hoverFrame = 0;
      store.getState().setHover(null);
    };
    // What can be picked changed (layers, peel, hide, X-ray, skin): re-pick under a still pointer.
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.selection !== prev.selection || s.layers !== prev.layers || s.peeled !== prev.peeled || s.hidden !== prev.hidden || s.isolated !== prev.isolated || s.xray !== prev.xray || s.skinOpacity !== prev.skinOpacity || s.skeleton !== prev.skeleton) onCameraUpdate();
    });
    // Capture phase on the window: runs before the camera controls see the press.
    window.addEventListener('pointerdown', onPaintDown, { capture: true });
    window.addEventListener('pointermove', onPaintMove, { capture: true });
    window.addEventListener('pointerup', onPaintEnd, { capture: true });
    window.addEventListener('pointercancel', onPaintEnd, { capture: true });
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onAnyMove, { capture: true });
    // Orbit controls capture the pointer; listen on the window so a release anywhere still counts.
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    canvas.addEventListener('pointerleave', onLeave);
    controls.addEventListener('update', onCameraUpdate);
    return () => {
      unsubscribe();
      window.removeEventListener('pointerdown', onPaintDown, { capture: true });
      window.removeEventListener('pointermove', onPaintMove, { capture: true });
      window.removeEventListener('pointerup', onPaintEnd, { capture: true });
      window.removeEventListener('pointercancel', onPaintEnd, { capture: true });
      if (painting) controls.enabled = true;
      controls.removeEventListener('update', onCameraUpdate);
      if (hoverFrame) cancelAnimationFrame(hoverFrame);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onAnyMove, { capture: true });
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      canvas.removeEventListener('pointerleave', onLeave);
      store.getState().setHover(null);
    };
  }, [host, runtime]);

  return null;
}
