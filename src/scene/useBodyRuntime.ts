import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { BodyRuntime } from './BodyRuntime';
import { loadBody } from './loadBody';

/**
 * Takes the loaded body (built in a worker, see loadBody) and makes the scene runtime; reloads when "Retry" bumps `modelAttempt`.
 * Progress and errors go to the store (status slice) for the DOM overlays.
 */
export function useBodyRuntime(): BodyRuntime | null {
  const attempt = useAppStore((s) => s.modelAttempt);
  const [runtime, setRuntime] = useState<BodyRuntime | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let built: BodyRuntime | null = null;
    const { setModelStatus } = useAppStore.getState();
    setModelStatus('loading');
    loadBody(attempt, abort.signal)
      .then(({ body, trees }) => {
        if (abort.signal.aborted) return;
        built = new BodyRuntime(body, trees);
        setRuntime(built);
        const landmarks: Record<string, [number, number, number]> = {};
        for (const [name, p] of body.landmarks) if (name.startsWith('landmark:')) landmarks[name.slice('landmark:'.length)] = [p.x, p.y, p.z];
        useAppStore.getState().setBody({ landmarks, skinPositions: built.referral.skinPositions() });
        setModelStatus('ready');
      })
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        console.warn('Myomap: the body model failed to load', e);
        setModelStatus('error', e instanceof Error ? e.message : String(e));
      });
    return () => {
      abort.abort();
      built?.dispose();
      setRuntime(null);
      useAppStore.getState().setBody(null);
    };
  }, [attempt]);

  return runtime;
}
