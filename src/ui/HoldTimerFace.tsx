import { holdBand, phaseElapsedSeconds, phaseRemainingSeconds, type HoldTimerState } from '../domain/holdTimer';
import { clock, rangeText } from './formatDuration';

function cue(s: HoldTimerState, pressureCue: string): { title: string; detail: string } {
  const left = Math.ceil(phaseRemainingSeconds(s) ?? 0);
  const { plan } = s;
  switch (s.phase) {
    case 'ready':
      return { title: 'Get ready', detail: `Find the tender spot. ${plan.repetitions} × a ${rangeText(plan.minSeconds, plan.maxSeconds)} hold, with a rest between. ${pressureCue}` };
    case 'build-up':
      return { title: 'Build up pressure slowly', detail: `${pressureCue} The hold starts in ${left} s.` };
    case 'hold':
      return holdBand(s) === 'below'
        ? { title: 'Hold steady', detail: `Keep the pressure; the target band starts at ${clock(plan.minSeconds)}.` }
        : { title: 'In the target band', detail: `Release when the tenderness fades, at the latest at ${clock(plan.maxSeconds)}.` };
    case 'release':
      return { title: 'Release slowly', detail: 'Ease the pressure off gradually.' };
    case 'rest':
      return { title: 'Rest', detail: `Next hold in ${left} s.` };
    case 'done':
      return { title: 'Done', detail: `${s.holds.length} ${s.holds.length === 1 ? 'hold' : 'holds'} logged: ${s.holds.map((h) => `${Math.round(h)} s`).join(', ')}.` };
    case 'stopped':
      return {
        title: 'Stopped',
        detail: `${s.stopReason ?? 'Stopped'}. ${s.holds.length} finished ${s.holds.length === 1 ? 'hold' : 'holds'} logged. If pain was sharp, electric or radiating, or you felt numbness or tingling, do not continue: ask a qualified professional.`,
      };
  }
}

/**
 * What the timer shows: the phase cue (announced when it changes), the repetition, the elapsed
 * hold time against its target band, and a bar with the band marked.
 */
export function HoldTimerFace({ state, pressureCue }: { state: HoldTimerState; pressureCue: string }) {
  const { plan } = state;
  const c = cue(state, pressureCue);
  const inHold = state.phase === 'hold';
  const elapsed = inHold ? phaseElapsedSeconds(state) : state.phase === 'release' || state.phase === 'rest' ? (state.holds[state.holds.length - 1] ?? 0) : 0;
  const band = holdBand(state);
  const scale = plan.maxSeconds;
  return (
    <div className="timer-face" data-phase={state.phase} data-paused={state.paused || undefined}>
      <p className="timer-rep">
        {state.repetition > 0 ? `Hold ${Math.min(state.repetition, plan.repetitions)} of ${plan.repetitions}` : `${plan.repetitions} ${plan.repetitions === 1 ? 'hold' : 'holds'}`}
        {state.paused && <strong className="timer-paused"> · Paused</strong>}
      </p>
      <div id="timer-cue" className="timer-cue" aria-live="assertive" aria-atomic="true">
        <p className="timer-cue-title">{state.paused ? 'Paused' : c.title}</p>
      </div>
      <p className="timer-detail">{c.detail}</p>
      <div className="timer-clock" role="timer" aria-label="Hold time">
        <span className="timer-elapsed">{clock(elapsed)}</span>
        <span className="timer-band">
          target {clock(plan.minSeconds)}–{clock(plan.maxSeconds)}
          {band === 'in-band' && <span className="timer-badge"> ✓ in band</span>}
        </span>
      </div>
      <div className="timer-bar" aria-hidden="true">
        <div className="timer-bar-band" style={{ left: `${(plan.minSeconds / scale) * 100}%`, width: `${((plan.maxSeconds - plan.minSeconds) / scale) * 100}%` }} />
        <div className="timer-bar-fill" style={{ width: `${Math.min(100, (elapsed / scale) * 100)}%` }} />
      </div>
    </div>
  );
}
