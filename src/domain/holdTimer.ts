/**
 * The guided hold timer for sustained (ischemic) compression: a pure state machine driven by
 * explicit time (`now` in milliseconds from any monotonic clock). Every function returns a new
 * state and never reads the clock itself, so tests run it with fake time.
 *
 *   ready → build-up → hold → release → (rest → build-up → hold → release)… → done
 *                     any running phase → stopped (stop(reason))
 *
 * Elapsed time counts only while running (pause freezes it) and never decreases, also when
 * `now` goes backwards. A hold ends by itself at the plan's maxSeconds, or earlier by
 * `releaseNow` (the tenderness has faded); each finished hold's length is recorded.
 */

export type HoldPhase = 'ready' | 'build-up' | 'hold' | 'release' | 'rest' | 'done' | 'stopped';

/** A trigger point's hold guidance (the content pack's `hold`), all fields optional. */
export interface HoldRange {
  minSeconds?: number;
  maxSeconds?: number;
  repetitions?: number;
}

export interface HoldPlan {
  minSeconds: number;
  maxSeconds: number;
  repetitions: number;
  buildUpSeconds: number;
  releaseSeconds: number;
  restSeconds: number;
}

/** Without a trigger point's own range: 30–90 s, once. */
export const DEFAULT_RANGE = { minSeconds: 30, maxSeconds: 90, repetitions: 1 } as const;
/** The longest hold unless a trigger point's own range says otherwise. */
export const DEFAULT_MAX_SECONDS = 120;
export const MAX_REPETITIONS = 10;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The plan for a range: the range's own max is the ceiling (it may exceed 120 s only because the
 * trigger point says so); without one, 90 s capped at 120 s. min ≤ max, 1 ≤ repetitions ≤ 10.
 * Build-up, release and rest scale with the hold (short practice holds get short cues).
 */
export function holdPlan(range?: HoldRange | null): HoldPlan {
  const ownMax = finite(range?.maxSeconds) && range.maxSeconds >= 1 ? range.maxSeconds : null;
  const maxSeconds = ownMax ?? Math.min(DEFAULT_RANGE.maxSeconds, DEFAULT_MAX_SECONDS);
  const rawMin = finite(range?.minSeconds) && range.minSeconds >= 1 ? range.minSeconds : DEFAULT_RANGE.minSeconds;
  const minSeconds = Math.min(rawMin, maxSeconds);
  const repetitions = finite(range?.repetitions) ? clamp(Math.round(range.repetitions), 1, MAX_REPETITIONS) : DEFAULT_RANGE.repetitions;
  return {
    minSeconds,
    maxSeconds,
    repetitions,
    buildUpSeconds: clamp(Math.round(minSeconds / 4), 3, 10),
    releaseSeconds: minSeconds < 20 ? 3 : 5,
    restSeconds: clamp(Math.round(minSeconds / 2), 5, 30),
  };
}

export interface HoldTimerState {
  readonly plan: HoldPlan;
  readonly phase: HoldPhase;
  /** The current repetition, 1-based (0 before start). */
  readonly repetition: number;
  /** True while time counts (started, not paused, not finished). */
  readonly running: boolean;
  readonly paused: boolean;
  /** Active (unpaused) milliseconds since start. */
  readonly activeMs: number;
  /** The `now` of the last update while running. */
  readonly lastNow: number | null;
  /** activeMs at which the current phase began. */
  readonly phaseStartMs: number;
  /** Seconds held in each finished repetition. */
  readonly holds: readonly number[];
  readonly stopReason: string | null;
}

export function createHoldTimer(plan: HoldPlan): HoldTimerState {
  return { plan, phase: 'ready', repetition: 0, running: false, paused: false, activeMs: 0, lastNow: null, phaseStartMs: 0, holds: [], stopReason: null };
}

/** How long a timed phase lasts (ms); Infinity for phases that do not end by time. */
export function phaseDurationMs(plan: HoldPlan, phase: HoldPhase): number {
  switch (phase) {
    case 'build-up':
      return plan.buildUpSeconds * 1000;
    case 'hold':
      return plan.maxSeconds * 1000;
    case 'release':
      return plan.releaseSeconds * 1000;
    case 'rest':
      return plan.restSeconds * 1000;
    default:
      return Infinity;
  }
}

/** Ends the current phase at active time `at` and enters the next one. */
function advance(s: HoldTimerState, at: number, heldMs?: number): HoldTimerState {
  switch (s.phase) {
    case 'build-up':
      return { ...s, phase: 'hold', phaseStartMs: at };
    case 'hold':
      return { ...s, phase: 'release', phaseStartMs: at, holds: [...s.holds, Math.round(heldMs ?? at - s.phaseStartMs) / 1000] };
    case 'release':
      return s.repetition < s.plan.repetitions
        ? { ...s, phase: 'rest', phaseStartMs: at }
        : { ...s, phase: 'done', phaseStartMs: at, running: false, paused: false, lastNow: null };
    case 'rest':
      return { ...s, phase: 'build-up', phaseStartMs: at, repetition: s.repetition + 1 };
    default:
      return s;
  }
}

export function start(s: HoldTimerState, now: number): HoldTimerState {
  if (s.phase !== 'ready') return s;
  return { ...s, phase: 'build-up', repetition: 1, running: true, paused: false, activeMs: 0, lastNow: now, phaseStartMs: 0 };
}

/** Advances time to `now` (earlier `now`s are ignored), passing through every phase that ended. */
export function tick(s: HoldTimerState, now: number): HoldTimerState {
  if (!s.running || s.lastNow === null || !finite(now)) return s;
  let next: HoldTimerState = { ...s, activeMs: s.activeMs + Math.max(0, now - s.lastNow), lastNow: Math.max(s.lastNow, now) };
  for (;;) {
    const end = next.phaseStartMs + phaseDurationMs(next.plan, next.phase);
    if (!next.running || next.activeMs < end) return next;
    next = advance(next, end);
  }
}

export function pause(s: HoldTimerState, now: number): HoldTimerState {
  if (!s.running) return s;
  const t = tick(s, now);
  return t.running ? { ...t, running: false, paused: true, lastNow: null } : t;
}

export function resume(s: HoldTimerState, now: number): HoldTimerState {
  if (!s.paused || !finite(now)) return s;
  return { ...s, running: true, paused: false, lastNow: now };
}

/** Pause when running, resume when paused (the Space key). */
export function togglePause(s: HoldTimerState, now: number): HoldTimerState {
  return s.running ? pause(s, now) : resume(s, now);
}

/** Ends the hold now (the tenderness has faded): the release cue follows. Only during a hold. */
export function releaseNow(s: HoldTimerState, now: number): HoldTimerState {
  const t = s.running ? tick(s, now) : s;
  if (t.phase !== 'hold') return t;
  return advance(t, t.activeMs, t.activeMs - t.phaseStartMs);
}

/** Stops at once (a warning sign, or the user's choice). Finished holds stay recorded. */
export function stop(s: HoldTimerState, reason: string): HoldTimerState {
  if (s.phase === 'done' || s.phase === 'stopped') return s;
  return { ...s, phase: 'stopped', running: false, paused: false, lastNow: null, stopReason: reason };
}

/** Seconds spent in the current phase. */
export function phaseElapsedSeconds(s: HoldTimerState): number {
  return Math.max(0, s.activeMs - s.phaseStartMs) / 1000;
}

/** Seconds left in the current phase (for a hold: until its maxSeconds); null for untimed phases. */
export function phaseRemainingSeconds(s: HoldTimerState): number | null {
  const d = phaseDurationMs(s.plan, s.phase);
  return Number.isFinite(d) ? Math.max(0, d - (s.activeMs - s.phaseStartMs)) / 1000 : null;
}

/** Where a hold stands against its target band. */
export function holdBand(s: HoldTimerState): 'below' | 'in-band' | null {
  if (s.phase !== 'hold') return null;
  return phaseElapsedSeconds(s) < s.plan.minSeconds ? 'below' : 'in-band';
}

export function isFinished(s: HoldTimerState): boolean {
  return s.phase === 'done' || s.phase === 'stopped';
}
