import { useEffect } from 'react';
import { Group, Mesh, MeshStandardMaterial } from 'three';
import { selectMuscleDrawState } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import type { BodyRuntime } from './BodyRuntime';
import { PALETTE } from './palette';
import { useSceneHost } from './sceneHostContext';
import { createSkinMaterial } from './skinMaterial';

const DRAW_KEYS = ['route', 'stage', 'selection', 'hover', 'layers', 'peeled', 'xray', 'hidden', 'isolated', 'skinOpacity', 'skeleton'] as const satisfies ReadonlyArray<keyof AppState>;
/** What the referral drawing depends on. */
const REFERRAL_KEYS = ['selection', 'shownTrp', 'activePack', 'route', 'stage'] as const satisfies ReadonlyArray<keyof AppState>;

/**
 * The body in at most five draw calls: opaque muscles, see-through muscles (only while some are),
 * the selection outline (only with a selection), bones, skin (when its opacity > 0 or referral
 * zones are painted on it), plus one for the trigger-point markers. Each muscle pass draws only
 * the index range that spans its muscles.
 * Store changes update the muscle-state texture, the skin's referral attribute and a few flags,
 * then request one frame; React does not re-render for them.
 */
export function BodyMeshes({ runtime }: { runtime: BodyRuntime }) {
  const host = useSceneHost();

  useEffect(() => {
    const { body } = runtime;
    const boneMaterial = new MeshStandardMaterial({ color: PALETTE.bone, roughness: 0.55 });
    const skinMaterial = createSkinMaterial();
    const mesh = (name: string, geometry: Mesh['geometry'], material: Mesh['material'], renderOrder: number, visible: boolean) => {
      const m = new Mesh(geometry, material);
      m.name = name;
      m.renderOrder = renderOrder;
      m.visible = visible;
      return m;
    };
    const opaque = mesh('muscles', runtime.passGeometry.opaque, runtime.opaqueMaterial, 0, true);
    const outline = mesh('selection-outline', runtime.passGeometry.outline, runtime.outlineMaterial, 0, false);
    const bones = body.boneGeometry ? mesh('bones', body.boneGeometry, boneMaterial, 1, true) : null;
    const transparent = mesh('muscles-see-through', runtime.passGeometry.transparent, runtime.transparentMaterial, 2, false);
    const skin = body.skinGeometry ? mesh('skin', body.skinGeometry, skinMaterial, 3, false) : null;
    const group = new Group();
    group.name = 'body';
    group.add(...[opaque, outline, bones, transparent, skin].filter((m): m is Mesh => m !== null), runtime.referral.markers);
    host.scene.add(group);

    const fitToSize = () => {
      const { width, height, dpr } = host.size;
      const u = runtime.outlineMaterial.uniforms;
      u['uResolution']?.value.set(width * dpr, height * dpr);
      if (u['uOutlinePx']) u['uOutlinePx'].value = 2.5 * dpr;
      skinMaterial.userData.uniforms.uPixelRatio.value = dpr;
      const m = runtime.referral.markerMaterial.uniforms;
      if (m['uPixelRatio']) m['uPixelRatio'].value = dpr;
      host.invalidate();
    };

    const apply = (s: AppState) => {
      runtime.applyDrawState(selectMuscleDrawState(s));
      opaque.visible = runtime.states.ranges.opaque.count > 0;
      transparent.visible = runtime.states.ranges.transparent.count > 0;
      outline.visible = runtime.states.ranges.outline.count > 0;
      const forceSkin = s.route.mode !== 'explore' && s.stage?.skin === true;
      const skinOpacity = forceSkin ? 1 : s.xray ? Math.min(s.skinOpacity, 0.2) : s.skinOpacity;
      const skinTransparent = skinOpacity < 1;
      if (skinMaterial.transparent !== skinTransparent) {
        skinMaterial.transparent = skinTransparent;
        skinMaterial.depthWrite = !skinTransparent;
        skinMaterial.needsUpdate = true;
      }
      skinMaterial.opacity = skinOpacity;
      // Painted zones show even with the skin hidden (the shader drops unpainted fragments).
      if (skin) skin.visible = skinOpacity > 0 || runtime.referral.painted > 0;
      if (boneMaterial.transparent !== s.xray) {
        boneMaterial.transparent = s.xray;
        boneMaterial.depthWrite = !s.xray;
        boneMaterial.needsUpdate = true;
      }
      boneMaterial.opacity = s.xray ? 0.3 : 1;
      if (bones) bones.visible = s.skeleton;
      runtime.blockers = { bonesBlock: s.skeleton && !s.xray, skinBlocks: skinOpacity >= 1 };
      host.invalidate();
    };
    const paint = (s: AppState) => runtime.paint(s);
    fitToSize();
    paint(useAppStore.getState());
    apply(useAppStore.getState());
    const stopResize = host.onResize(fitToSize);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      const repaint = REFERRAL_KEYS.some((k) => s[k] !== prev[k]);
      if (repaint) paint(s);
      if (repaint || DRAW_KEYS.some((k) => s[k] !== prev[k])) apply(s);
    });
    return () => {
      unsubscribe();
      stopResize();
      host.scene.remove(group);
      boneMaterial.dispose();
      skinMaterial.dispose();
      host.invalidate();
    };
  }, [host, runtime]);

  return null;
}
