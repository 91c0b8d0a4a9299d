import { useEffect } from 'react';
import { useAppStore } from '../state/store';

/** Rendered (inside the canvas) in place of a scene that threw: reports it to the DOM overlay, which offers Retry. */
export function SceneErrorReporter({ error }: { error: Error }) {
  useEffect(() => {
    console.warn('Myomap: the 3D scene failed', error);
    useAppStore.getState().setModelStatus('error', `The 3D view failed: ${error.message}`);
  }, [error]);
  return null;
}
