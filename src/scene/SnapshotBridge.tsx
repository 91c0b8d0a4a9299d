import { useEffect } from 'react';
import { DirectionalLight, Material, Mesh, PerspectiveCamera, Vector2, type Object3D } from 'three';
import { useAppStore } from '../state/store';
import { registerSnapshotter, type SnapshotRequest } from '../ui/bodySnapshots';
import type { BodyRuntime } from './BodyRuntime';
import { presetPose } from './framing';
import { useSceneHost } from './sceneHostContext';

const FOV = 30;

/**
 * Renders still pictures of the body for print: skin opaque with the requested patterns painted on
 * it, from preset views, at a fixed size, into the same canvas (synchronously, between frames),
 * then puts everything back as it was.
 */
export function SnapshotBridge({ runtime }: { runtime: BodyRuntime }) {
  const host = useSceneHost();
  useEffect(() => {
    const snap = async (req: SnapshotRequest): Promise<string[]> => {
      const { renderer: gl, scene } = host;
      const size = gl.getSize(new Vector2());
      const ratio = gl.getPixelRatio();
      const byName = (n: string) => scene.getObjectByName(n) as Mesh | undefined;
      const skin = byName('skin');
      const hide = ['muscles', 'muscles-see-through', 'selection-outline', 'bones'].map(byName).filter((o): o is Mesh => Boolean(o));
      const skinMat = skin?.material as Material | undefined;
      const saved = { skinVisible: skin?.visible, hidden: hide.map((o) => o.visible), transparent: skinMat?.transparent, opacity: skinMat?.opacity, depthWrite: skinMat?.depthWrite };
      let light: DirectionalLight | undefined;
      scene.traverse((o: Object3D) => {
        if (!light && o instanceof DirectionalLight) light = o;
      });
      const lightPos = light?.position.clone();
      const camera = new PerspectiveCamera(FOV, req.width / req.height, 0.05, 20);
      const out: string[] = [];
      try {
        runtime.paintPatterns(req.patterns);
        if (skin && skinMat) {
          skin.visible = true;
          skinMat.transparent = false;
          skinMat.opacity = 1;
          skinMat.depthWrite = true;
          skinMat.needsUpdate = true;
        }
        for (const o of hide) o.visible = false;
        gl.setPixelRatio(1);
        gl.setSize(req.width, req.height, false);
        for (const view of req.views) {
          const pose = presetPose(view, runtime.body.bounds, { fov: FOV, aspect: req.width / req.height });
          camera.position.copy(pose.position);
          camera.lookAt(pose.target);
          camera.updateMatrixWorld();
          if (light) {
            light.position.set(-0.6, 0.9, 0.4).applyQuaternion(camera.quaternion).add(camera.position);
            light.target.position.copy(pose.target);
            light.target.updateMatrixWorld();
          }
          gl.render(scene, camera);
          out.push(gl.domElement.toDataURL('image/png'));
        }
      } finally {
        if (skin && skinMat) {
          skin.visible = saved.skinVisible ?? skin.visible;
          skinMat.transparent = saved.transparent ?? false;
          skinMat.opacity = saved.opacity ?? 1;
          skinMat.depthWrite = saved.depthWrite ?? true;
          skinMat.needsUpdate = true;
        }
        hide.forEach((o, i) => (o.visible = saved.hidden[i] ?? o.visible));
        if (light && lightPos) light.position.copy(lightPos);
        gl.setPixelRatio(ratio);
        gl.setSize(size.x, size.y, false);
        runtime.paint(useAppStore.getState());
        host.invalidate();
      }
      return out;
    };
    registerSnapshotter(snap);
    return () => registerSnapshotter(null);
  }, [host, runtime]);
  return null;
}

