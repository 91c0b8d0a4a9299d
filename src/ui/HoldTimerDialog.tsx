import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { holdPlan } from '../domain/holdTimer';
import { useAppStore } from '../state/store';
import type { TimerTarget } from '../state/holdSlice';
import { beep } from './beep';
import { Dialog } from './Dialog';
import { HoldTimerFace } from './HoldTimerFace';
import { sidedLabel } from './muscleLabels';
import { findTriggerPoint } from './packLookup';
import { useHoldTimer } from './useHoldTimer';

/** Warning signs that end a hold at once. */
export const STOP_REASONS = [
  'sharp, electric or radiating pain',
  'numbness or tingling',
  'pain above 7 out of 10',
  'feeling faint, dizzy or unwell',
] as const;

/** The guided hold timer for the trigger point in the store's `timer`, as a modal dialog. */
export function HoldTimerDialog() {
  const target = useAppStore((s) => s.timer);
  const pack = useAppStore((s) => s.activePack);
  const close = useAppStore((s) => s.closeTimer);
  const found = target ? findTriggerPoint(pack, target.muscleId, target.triggerPointId) : undefined;
  if (!target || !found) return null;
  const key = `${target.muscleId}:${target.side}:${target.triggerPointId}`;
  return <HoldTimer key={key} target={target} name={sidedLabel(target.muscleId, target.side)} trpNumber={found.index + 1} hold={found.trp.hold} onClose={close} />;
}

interface TimerProps {
  target: TimerTarget;
  name: string;
  trpNumber: number;
  hold: { minSeconds: number; maxSeconds: number; repetitions: number; pressureCue: string };
  onClose: () => void;
}

function HoldTimer({ target, name, trpNumber, hold, onClose }: TimerProps) {
  const plan = useMemo(() => holdPlan(hold), [hold]);
  const timer = useHoldTimer(plan);
  const { state } = timer;
  const audio = useAppStore((s) => s.audioCue);
  const setAudio = useAppStore((s) => s.setAudioCue);
  const logHold = useAppStore((s) => s.logHold);
  const pauseRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const logged = useRef(0);
  const finished = state.phase === 'done' || state.phase === 'stopped';

  // Log each finished hold once.
  useEffect(() => {
    for (; logged.current < state.holds.length; logged.current++) {
      const seconds = state.holds[logged.current] ?? 0;
      logHold({ ...target, seconds, date: new Date().toISOString() });
    }
  }, [state.holds, target, logHold]);

  // A beep at each phase change (when asked for); focus follows the controls that remain.
  const lastPhase = useRef(state.phase);
  useEffect(() => {
    if (lastPhase.current === state.phase) return;
    const from = lastPhase.current;
    lastPhase.current = state.phase;
    if (audio && from !== 'ready') beep(state.phase === 'release' || state.phase === 'done' ? 440 : 660);
    if (from === 'ready') pauseRef.current?.focus();
    if (state.phase === 'done' || state.phase === 'stopped') closeRef.current?.focus();
  }, [state.phase, audio]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== ' ' && e.key !== 'Spacebar') return;
    const t = e.target as HTMLElement;
    if (t.closest('button, input, select, textarea, summary, a')) return; // the control's own Space
    e.preventDefault();
    if (state.phase === 'ready') timer.begin();
    else timer.togglePause();
  };
  const onCancel = () => {
    if (finished || state.phase === 'ready') onClose();
    else timer.stop('stopped with Escape');
  };

  return (
    <Dialog title={`Hold: ${name}, trigger point ${trpNumber}`} onCancel={onCancel} onKeyDown={onKeyDown} className="timer-dialog" describedBy="timer-cue">
      <HoldTimerFace state={state} pressureCue={hold.pressureCue} />
      <div className="button-row timer-controls">
        {state.phase === 'ready' && (
          <button type="button" className="primary" onClick={timer.begin} data-autofocus>
            Begin
          </button>
        )}
        {!finished && state.phase !== 'ready' && (
          <button ref={pauseRef} type="button" onClick={timer.togglePause} aria-keyshortcuts="Space">
            {state.paused ? 'Resume' : 'Pause'}
          </button>
        )}
        {state.phase === 'hold' && (
          <button type="button" onClick={() => timer.release()}>
            Release now
          </button>
        )}
        {!finished && state.phase !== 'ready' && (
          <button type="button" className="danger" onClick={() => timer.stop('stopped by the user')} aria-keyshortcuts="Escape">
            Stop now
          </button>
        )}
        {(finished || state.phase === 'ready') && (
          <button ref={closeRef} type="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <section className="stop-reasons" aria-labelledby="stop-reasons-heading">
        <h3 id="stop-reasons-heading">Stop now if you feel…</h3>
        <ul>
          {STOP_REASONS.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      <label className="check">
        <input type="checkbox" checked={audio} onChange={(e) => setAudio(e.target.checked)} />
        Beep at each change
      </label>
      <p className="hint">Keys: Space pauses or resumes, Escape stops.</p>
    </Dialog>
  );
}
