import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type DirectionalLight } from 'three';

const ahead = new Vector3();

/**
 * Sky/ground hemisphere light plus a key light that rides with the camera (above and to its
 * left), so whichever side the user looks at is lit. No shadows.
 */
export function Lights() {
  const key = useRef<DirectionalLight>(null);
  useFrame(({ camera }) => {
    const light = key.current;
    if (!light) return;
    light.position.set(-0.6, 0.9, 0.4).applyQuaternion(camera.quaternion).add(camera.position);
    light.target.position.copy(camera.position).addScaledVector(camera.getWorldDirection(ahead), 2);
    light.target.updateMatrixWorld();
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#9c8f86', 1.7]} />
      <directionalLight ref={key} intensity={1.9} />
    </>
  );
}
