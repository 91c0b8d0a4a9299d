import { useEffect } from 'react';
import { Vector3, type Camera } from 'three';
import { nodeName, muscleNodeName, type Side } from '../domain/anatomy';
import { attachSceneToTestHook, countTestFrame, type ScreenPoint } from '../app/testHook';
import type { BodyRuntime } from './BodyRuntime';
import type { CameraRigApi } from './CameraRig';
import { rayAtClientPoint } from './screenRay';
import { useAppStore } from '../state/store';
import { placeReferral } from './referralPaint';
import { useSceneHost } from './sceneHostContext';

function toViewport(canvas: HTMLCanvasElement, camera: Camera, p: Vector3): ScreenPoint | null {
  const v = p.clone().project(camera);
  if (v.z < -1 || v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
  const rect = canvas.getBoundingClientRect();
  return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Connects the scene to `window.__myomap` (test builds only). */
export function TestHookBridge({ runtime, rigRef }: { runtime: BodyRuntime; rigRef: { current: CameraRigApi | null } }) {
  const host = useSceneHost();

  useEffect(() => {
    const { body } = runtime;
    const canvas = () => host.canvas;
    const pickAt = (x: number, y: number): string | null => {
      const ray = rayAtClientPoint(canvas(), host.camera, x, y);
      return ray ? (runtime.picker.pick(ray, runtime.pickOptions())?.nodeName ?? null) : null;
    };
    const detach = attachSceneToTestHook({
      projectPoint: (p) => toViewport(canvas(), host.camera, new Vector3(p[0], p[1], p[2])),
      skinPointAt: (x, y) => {
        const ray = rayAtClientPoint(canvas(), host.camera, x, y);
        const p = ray ? runtime.picker.pickSkin(ray) : null;
        return p ? [p.x, p.y, p.z] : null;
      },
      projectLandmark: (id, side) => {
        const p = body.landmarks.get(nodeName('landmark', id, side ?? null));
        return p ? toViewport(canvas(), host.camera, p) : null;
      },
      projectMuscle: (id: string, side: Side) => {
        const name = muscleNodeName(id, side);
        const index = body.muscleIndexByName.get(name);
        const muscle = index === undefined ? undefined : body.muscles[index];
        if (!muscle || !runtime.states.pickable[muscle.index]) return null;
        const camera = host.camera;
        const pos = body.muscleGeometry.getAttribute('position');
        const candidates: Vector3[] = [muscle.centroid.clone()];
        const step = Math.max(1, Math.floor(muscle.count / 300));
        for (let i = muscle.start; i < muscle.start + muscle.count; i += step) {
          const v = new Vector3().fromBufferAttribute(pos, i);
          candidates.push(v.clone().lerp(muscle.centroid, 0.35), v);
        }
        const centre = toViewport(canvas(), camera, muscle.centroid);
        const points = candidates
          .map((c) => toViewport(canvas(), camera, c))
          .filter((p): p is ScreenPoint => p !== null)
          .sort((a, b) => (centre ? Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y) : 0));
        for (const p of points) if (pickAt(p.x, p.y) === name) return p;
        return null;
      },
      pickAt,
      referral: () => {
        const s = useAppStore.getState();
        const placed = placeReferral({ pack: s.activePack, selection: s.selection, shownTrp: s.shownTrp }, runtime.lookup);
        if (!placed) return null;
        const project = (p: readonly number[]) => toViewport(canvas(), host.camera, new Vector3(p[0], p[1], p[2]));
        const centre = (z: (typeof placed.essential)[number]) => (z.kind === 'blob' ? z.center : (z.points[Math.floor(z.points.length / 2)] ?? z.points[0]!));
        return {
          side: placed.side,
          markers: placed.markers.map((m) => ({ triggerPointId: m.triggerPointId, deep: m.deep, active: m.active, screen: project(m.position) })),
          zones: [
            ...placed.essential.map((z) => ({ kind: 'essential' as const, screen: project(centre(z)) })),
            ...placed.spillover.map((z) => ({ kind: 'spillover' as const, screen: project(centre(z)) })),
          ],
          painted: runtime.referral.painted,
        };
      },
      renderInfo: () => {
        const { info } = host.renderer;
        const { calls, triangles } = info.render;
        return { calls, triangles, memory: { geometries: info.memory.geometries, textures: info.memory.textures }, programs: info.programs?.length ?? 0 };
      },
      renderFrames: async (n) => {
        const ctx = host.renderer.getContext();
        const pixel = new Uint8Array(4);
        const times: number[] = [];
        for (let i = 0; i < Math.max(1, n); i++) {
          await nextFrame();
          const t0 = performance.now();
          host.renderer.render(host.scene, host.camera);
          ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
          times.push(performance.now() - t0);
          countTestFrame(true);
        }
        times.sort((a, b) => a - b);
        const mid = Math.floor(times.length / 2);
        return times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
      },
      setView: async (name) => {
        rigRef.current?.jumpToView(name);
        host.invalidate();
        await nextFrame();
      },
    });
    const unsubscribe = host.onAfterRender(() => countTestFrame(true));
    host.invalidate();
    return () => {
      unsubscribe();
      detach();
    };
  }, [runtime, rigRef, host]);

  return null;
}
