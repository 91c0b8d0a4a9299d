import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshStandardMaterial, type Mesh } from 'three';
import { selectMuscleDrawState } from '../state/selectors';
import { useAppStore, type AppState } from '../state/store';
import type { BodyRuntime } from './BodyRuntime';
import { PALETTE } from './palette';
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
  const invalidate = useThree((s) => s.invalidate);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const dpr = useThree((s) => s.viewport.dpr);
  const opaqueRef = useRef<Mesh>(null);
  const transparentRef = useRef<Mesh>(null);
  const outlineRef = useRef<Mesh>(null);
  const boneRef = useRef<Mesh>(null);
  const skinRef = useRef<Mesh>(null);
  const boneMaterial = useMemo(() => new MeshStandardMaterial({ color: PALETTE.bone, roughness: 0.55 }), []);
  const skinMaterial = useMemo(() => createSkinMaterial(), []);
  const { body } = runtime;

  useEffect(() => () => {
    boneMaterial.dispose();
    skinMaterial.dispose();
  }, [boneMaterial, skinMaterial]);

  useEffect(() => {
    const u = runtime.outlineMaterial.uniforms;
    u['uResolution']?.value.set(width * dpr, height * dpr);
    if (u['uOutlinePx']) u['uOutlinePx'].value = 2.5 * dpr;
    skinMaterial.userData.uniforms.uPixelRatio.value = dpr;
    const m = runtime.referral.markerMaterial.uniforms;
    if (m['uPixelRatio']) m['uPixelRatio'].value = dpr;
    invalidate();
  }, [runtime, skinMaterial, width, height, dpr, invalidate]);

  useEffect(() => {
    const apply = (s: AppState) => {
      runtime.applyDrawState(selectMuscleDrawState(s));
      if (opaqueRef.current) opaqueRef.current.visible = runtime.states.ranges.opaque.count > 0;
      if (transparentRef.current) transparentRef.current.visible = runtime.states.ranges.transparent.count > 0;
      if (outlineRef.current) outlineRef.current.visible = runtime.states.ranges.outline.count > 0;
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
      if (skinRef.current) skinRef.current.visible = skinOpacity > 0 || runtime.referral.painted > 0;
      if (boneMaterial.transparent !== s.xray) {
        boneMaterial.transparent = s.xray;
        boneMaterial.depthWrite = !s.xray;
        boneMaterial.needsUpdate = true;
      }
      boneMaterial.opacity = s.xray ? 0.3 : 1;
      if (boneRef.current) boneRef.current.visible = s.skeleton;
      runtime.blockers = { bonesBlock: s.skeleton && !s.xray, skinBlocks: skinOpacity >= 1 };
      invalidate();
    };
    const paint = (s: AppState) => runtime.paint(s);
    paint(useAppStore.getState());
    apply(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      const repaint = REFERRAL_KEYS.some((k) => s[k] !== prev[k]);
      if (repaint) paint(s);
      if (repaint || DRAW_KEYS.some((k) => s[k] !== prev[k])) apply(s);
    });
  }, [runtime, boneMaterial, skinMaterial, invalidate]);

  return (
    <group name="body">
      <mesh ref={opaqueRef} name="muscles" geometry={runtime.passGeometry.opaque} material={runtime.opaqueMaterial} />
      <mesh ref={outlineRef} name="selection-outline" geometry={runtime.passGeometry.outline} material={runtime.outlineMaterial} visible={false} />
      {body.boneGeometry && <mesh ref={boneRef} name="bones" geometry={body.boneGeometry} material={boneMaterial} renderOrder={1} />}
      <mesh ref={transparentRef} name="muscles-see-through" geometry={runtime.passGeometry.transparent} material={runtime.transparentMaterial} renderOrder={2} visible={false} />
      {body.skinGeometry && <mesh ref={skinRef} name="skin" geometry={body.skinGeometry} material={skinMaterial} renderOrder={3} visible={false} />}
      <primitive object={runtime.referral.markers} />
    </group>
  );
}
