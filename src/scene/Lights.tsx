import { useEffect } from 'react';
import { DirectionalLight, HemisphereLight, Vector3 } from 'three';
import { useSceneHost } from './sceneHostContext';

const ahead = new Vector3();

/**
 * Sky/ground hemisphere light plus a key light that rides with the camera (above and to its
 * left), so whichever side the user looks at is lit. No shadows.
 */
export function Lights() {
  const host = useSceneHost();
  useEffect(() => {
    const hemisphere = new HemisphereLight('#ffffff', '#9c8f86', 1.7);
    const key = new DirectionalLight('#ffffff', 1.9);
    host.scene.add(hemisphere, key);
    const { camera } = host;
    const follow = () => {
      key.position.set(-0.6, 0.9, 0.4).applyQuaternion(camera.quaternion).add(camera.position);
      key.target.position.copy(camera.position).addScaledVector(camera.getWorldDirection(ahead), 2);
      key.target.updateMatrixWorld();
    };
    const stop = host.onBeforeRender(follow);
    host.invalidate();
    return () => {
      stop();
      host.scene.remove(hemisphere, key);
      key.dispose();
      hemisphere.dispose();
    };
  }, [host]);
  return null;
}
