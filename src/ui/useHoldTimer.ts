import { useCallback, useEffect, useState } from 'react';
import {
  createHoldTimer,
  releaseNow,
  start,
  stop,
  tick,
  togglePause,
  type HoldPlan,
  type HoldTimerState,
} from '../domain/holdTimer';

const now = () => performance.now();

export interface HoldTimerControls {
  state: HoldTimerState;
  begin: () => void;
  togglePause: () => void;
  release: () => void;
  stop: (reason: string) => void;
}

/** Drives the pure hold timer with the real clock: a tick every 200 ms while it runs. */
export function useHoldTimer(plan: HoldPlan): HoldTimerControls {
  const [state, setState] = useState(() => createHoldTimer(plan));
  const running = state.running;

  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setState((s) => tick(s, now())), 200);
    return () => window.clearInterval(id);
  }, [running]);

  return {
    state,
    begin: useCallback(() => setState((s) => start(s, now())), []),
    togglePause: useCallback(() => setState((s) => togglePause(s, now())), []),
    release: useCallback(() => setState((s) => releaseNow(s, now())), []),
    stop: useCallback((reason: string) => setState((s) => stop(tick(s, now()), reason)), []),
  };
}
