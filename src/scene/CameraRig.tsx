import { useCallback, useEffect } from 'react';
import { Box3, MathUtils, Vector3 } from 'three';
import { muscleNodeName } from '../domain/anatomy';
import { selectMuscleDrawState } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { ViewName } from '../state/viewSlice';
import type { BodyRuntime } from './BodyRuntime';
import { muscleDistance, musclePose, presetPose, type CameraPose, type Lens } from './framing';
import { bestViewDirection } from './viewDirection';
import { prefersReducedMotion } from './prefersReducedMotion';
import { patternPose } from './patternFraming';
import { placeReferral } from './referralPaint';
import { useSceneHost } from './sceneHostContext';
import { referralInputOf, stagePins } from './stagePaint';

export interface CameraRigApi {
  /** Moves to a preset at once (no easing) and updates the camera now. */
  jumpToView: (view: ViewName) => void;
}

/**
 * The view's camera controls (camera-controls: orbit, dolly, pan, touch) with limits, preset views and muscle framing,
 * driven by the store's view requests and selection. Keyboard on the focused 3D view: arrows
 * orbit, +/− zoom, Home resets, Escape clears the selection.
 */
export function CameraRig({ runtime, apiRef }: { runtime: BodyRuntime | null; apiRef?: { current: CameraRigApi | null } }) {
  const host = useSceneHost();
  const { camera, controls } = host;

  const lens = useCallback((): Lens => {
    const { width, height } = host.size;
    return { fov: camera.fov, aspect: height > 0 ? width / height : 1 };
  }, [host, camera]);

  const moveTo = useCallback(
    (pose: CameraPose, animate: boolean) => {
      const c = controls;
      const smooth = animate && !prefersReducedMotion();
      void c.setLookAt(pose.position.x, pose.position.y, pose.position.z, pose.target.x, pose.target.y, pose.target.z, smooth);
      if (!smooth) c.update(0);
      host.invalidate();
    },
    [host, controls],
  );

  const currentPose = useCallback((): CameraPose => ({ position: controls.getPosition(new Vector3(), true), target: controls.getTarget(new Vector3(), true) }), [controls]);

  const showView = useCallback(
    (view: ViewName, animate: boolean) => {
      if (runtime) moveTo(presetPose(view, runtime.body.bounds, lens()), animate);
    },
    [runtime, moveTo, lens],
  );

  const frameSelection = useCallback(
    (animate: boolean) => {
      const sel = useAppStore.getState().selection;
      if (!runtime || !sel) return false;
      const index = runtime.body.muscleIndexByName.get(muscleNodeName(sel.muscleId, sel.side));
      const muscle = index === undefined ? undefined : runtime.body.muscles[index];
      if (!muscle) return false;
      // Picking rules must reflect this selection (peeled layers) before rays are cast.
      runtime.applyDrawState(selectMuscleDrawState(useAppStore.getState()));
      const current = currentPose();
      const target = muscle.box.getCenter(new Vector3());
      const currentDir = current.position.clone().sub(current.target).normalize();
      const direction = bestViewDirection(runtime, muscle, target, muscleDistance(muscle, lens()), currentDir);
      moveTo(musclePose(muscle, direction, lens()), animate);
      return true;
    },
    [runtime, moveTo, currentPose, lens],
  );

  /**
   * Frames what is drawn: the referral (selection's in Explore, the stage's elsewhere), the user's
   * painting and pins. With nothing painted, frames the stage's muscle.
   */
  const framePattern = useCallback(() => {
    const s = useAppStore.getState();
    const skin = runtime?.body.skinGeometry;
    if (!runtime || !skin) return;
    const input = referralInputOf(s);
    const sel = input.selection ?? (s.route.mode !== 'explore' ? (s.stage?.focus ?? null) : null);
    const index = sel ? runtime.body.muscleIndexByName.get(muscleNodeName(sel.muscleId, sel.side)) : undefined;
    const muscle = index === undefined ? undefined : runtime.body.muscles[index];
    const staged = s.route.mode !== 'explore';
    const showMarkers = !staged || s.stage?.pattern?.markers !== false;
    const markers = [...(showMarkers ? (placeReferral(input, runtime.lookup)?.markers ?? []) : []), ...(staged ? stagePins(s.stage) : [])];
    let weights = runtime.paintBuffer;
    if (staged && runtime.userPainted) {
      weights = runtime.paintBuffer.slice();
      runtime.userBuffer.forEach((v, i) => {
        if (v) weights[i] = 2;
      });
    }
    const current = currentPose();
    const dir = current.position.clone().sub(current.target);
    const pose = patternPose(skin, weights, markers, showMarkers ? (muscle?.box ?? null) : null, dir, lens());
    if (pose) moveTo(pose, true);
    else if (muscle) moveTo(musclePose(muscle, dir.normalize(), lens()), true);
  }, [runtime, currentPose, lens, moveTo]);

  // Limits and the first pose once the body is there (the deep-linked selection, else the front).
  // Easing (none with reduced motion: not after wheel, drag or keys either), dolly towards the pointer.
  useEffect(() => {
    const apply = () => {
      const still = prefersReducedMotion();
      controls.smoothTime = still ? 0 : 0.3;
      controls.draggingSmoothTime = still ? 0 : 0.08;
    };
    apply();
    controls.dollyToCursor = true;
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
    query?.addEventListener('change', apply);
    return () => query?.removeEventListener('change', apply);
  }, [controls]);

  useEffect(() => {
    const c = controls;
    if (!runtime) return;
    const bounds = runtime.body.bounds;
    const size = bounds.getSize(new Vector3()).length();
    c.minDistance = 0.2;
    c.maxDistance = Math.max(3, size * 3);
    c.minPolarAngle = 0.02;
    c.maxPolarAngle = Math.PI - 0.02;
    c.setBoundary(new Box3().copy(bounds).expandByScalar(0.25));
    if (!frameSelection(false)) showView('front', false);
  }, [runtime, controls, frameSelection, showView]);

  useEffect(() => {
    if (apiRef) apiRef.current = { jumpToView: (view) => showView(view, false) };
  }, [apiRef, showView]);

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.viewRequest && s.viewRequest !== prev.viewRequest) showView(s.viewRequest.view, s.viewRequest.animate);
        if (s.selection && s.selection !== prev.selection && s.route.mode === 'explore') frameSelection(true);
        if (s.patternRequest !== prev.patternRequest) framePattern();
        if (s.stage && s.stage.frameSeq !== (prev.stage?.frameSeq ?? 0)) framePattern();
      }),
    [showView, frameSelection, framePattern],
  );

  useEffect(() => {
    const focusable = host.canvas.closest<HTMLElement>('[data-scene-host]');
    if (!focusable) return;
    const onKey = (e: KeyboardEvent) => {
      const c = controls;
      if (e.target !== focusable || e.altKey || e.ctrlKey || e.metaKey) return;
      const smooth = !prefersReducedMotion();
      const step = MathUtils.degToRad(15);
      const actions: Record<string, () => void> = {
        ArrowLeft: () => void c.rotate(-step, 0, smooth),
        ArrowRight: () => void c.rotate(step, 0, smooth),
        ArrowUp: () => void c.rotate(0, -step, smooth),
        ArrowDown: () => void c.rotate(0, step, smooth),
        '+': () => void c.dolly(0.25, smooth),
        '=': () => void c.dolly(0.25, smooth),
        '-': () => void c.dolly(-0.25, smooth),
        Home: () => showView('reset', true),
        Escape: () => useAppStore.getState().clearSelection(),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
      host.invalidate();
    };
    focusable.addEventListener('keydown', onKey);
    return () => focusable.removeEventListener('keydown', onKey);
  }, [host, controls, showView]);

  return null;
}
