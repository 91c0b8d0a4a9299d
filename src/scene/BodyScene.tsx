import { useRef } from 'react';
import type { BodyRuntime } from './BodyRuntime';
import { BodyMeshes } from './BodyMeshes';
import { CameraRig, type CameraRigApi } from './CameraRig';
import { Lights } from './Lights';
import { PointerPicking } from './PointerPicking';
import { SnapshotBridge } from './SnapshotBridge';
import { TestHookBridge } from './TestHookBridge';

/** Everything inside the canvas. */
export function BodyScene({ runtime }: { runtime: BodyRuntime | null }) {
  const rigRef = useRef<CameraRigApi | null>(null);
  return (
    <>
      <Lights />
      <CameraRig runtime={runtime} apiRef={rigRef} />
      {runtime && <BodyMeshes runtime={runtime} />}
      {runtime && <PointerPicking runtime={runtime} />}
      {runtime && <SnapshotBridge runtime={runtime} />}
      {import.meta.env.MODE === 'test' && runtime && <TestHookBridge runtime={runtime} rigRef={rigRef} />}
    </>
  );
}
