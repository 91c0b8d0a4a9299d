import { describe, expect, it } from 'vitest';
import {
  createHoldTimer,
  holdBand,
  holdPlan,
  isFinished,
  pause,
  phaseElapsedSeconds,
  phaseRemainingSeconds,
  releaseNow,
  resume,
  start,
  stop,
  tick,
  togglePause,
} from '../../src/domain/holdTimer';

const s = (n: number) => n * 1000;

describe('holdPlan', () => {
  it('defaults to 30–90 s, once', () => {
    expect(holdPlan()).toMatchObject({ minSeconds: 30, maxSeconds: 90, repetitions: 1 });
    expect(holdPlan(null)).toMatchObject({ minSeconds: 30, maxSeconds: 90, repetitions: 1 });
  });

  it("uses the trigger point's own range, also above 120 s when it says so", () => {
    expect(holdPlan({ minSeconds: 20, maxSeconds: 60, repetitions: 3 })).toMatchObject({ minSeconds: 20, maxSeconds: 60, repetitions: 3 });
    expect(holdPlan({ minSeconds: 60, maxSeconds: 150, repetitions: 1 }).maxSeconds).toBe(150);
  });

  it('never lets min exceed max; repetitions 1…10; ignores nonsense', () => {
    expect(holdPlan({ minSeconds: 100, maxSeconds: 40 })).toMatchObject({ minSeconds: 40, maxSeconds: 40 });
    expect(holdPlan({ repetitions: 0 }).repetitions).toBe(1);
    expect(holdPlan({ repetitions: 99 }).repetitions).toBe(10);
    expect(holdPlan({ minSeconds: Number.NaN, maxSeconds: -5 })).toMatchObject({ minSeconds: 30, maxSeconds: 90 });
  });

  it('a short practice range gets short cues', () => {
    expect(holdPlan({ minSeconds: 5, maxSeconds: 6 })).toMatchObject({ buildUpSeconds: 3, releaseSeconds: 3, restSeconds: 5 });
    expect(holdPlan()).toMatchObject({ buildUpSeconds: 8, releaseSeconds: 5, restSeconds: 15 });
  });
});

describe('holdTimer', () => {
  const plan = holdPlan({ minSeconds: 30, maxSeconds: 60, repetitions: 2 });
  // build-up 8 s, hold ≤ 60 s, release 5 s, rest 15 s

  it('walks build-up → hold → release → rest → build-up → hold → release → done', () => {
    let t = start(createHoldTimer(plan), 1000);
    expect(t).toMatchObject({ phase: 'build-up', repetition: 1, running: true });
    t = tick(t, 1000 + s(8));
    expect(t.phase).toBe('hold');
    t = tick(t, 1000 + s(8 + 20));
    expect(holdBand(t)).toBe('below');
    expect(phaseElapsedSeconds(t)).toBe(20);
    t = tick(t, 1000 + s(8 + 45));
    expect(holdBand(t)).toBe('in-band');
    expect(phaseRemainingSeconds(t)).toBe(15);
    t = tick(t, 1000 + s(8 + 60));
    expect(t.phase).toBe('release');
    expect(t.holds).toEqual([60]);
    t = tick(t, 1000 + s(8 + 60 + 5));
    expect(t.phase).toBe('rest');
    t = tick(t, 1000 + s(8 + 60 + 5 + 15));
    expect(t).toMatchObject({ phase: 'build-up', repetition: 2 });
    t = tick(t, 1000 + s(2 * (8 + 60 + 5) + 15));
    expect(t).toMatchObject({ phase: 'done', running: false, holds: [60, 60] });
    expect(isFinished(t)).toBe(true);
  });

  it('one big jump in time passes through every phase', () => {
    const t = tick(start(createHoldTimer(plan), 0), s(3600));
    expect(t.phase).toBe('done');
    expect(t.holds).toEqual([60, 60]);
  });

  it('releaseNow ends the hold early and records its length', () => {
    let t = tick(start(createHoldTimer(plan), 0), s(8));
    t = releaseNow(t, s(8 + 42.5));
    expect(t.phase).toBe('release');
    expect(t.holds).toEqual([42.5]);
    // outside a hold it does nothing
    expect(releaseNow(t, s(8 + 43))).toMatchObject({ phase: 'release', holds: [42.5] });
  });

  it('pause freezes elapsed time; resume continues from there', () => {
    let t = tick(start(createHoldTimer(plan), 0), s(10));
    t = pause(t, s(12));
    const frozen = t.activeMs;
    expect(tick(t, s(500)).activeMs).toBe(frozen);
    t = resume(t, s(500));
    t = tick(t, s(501));
    expect(t.activeMs).toBe(frozen + 1000);
    expect(togglePause(togglePause(t, s(502)), s(600)).running).toBe(true);
  });

  it('stop ends at once with the reason; finished holds stay', () => {
    let t = tick(start(createHoldTimer(plan), 0), s(8 + 60 + 1));
    t = stop(t, 'numbness or tingling');
    expect(t).toMatchObject({ phase: 'stopped', running: false, stopReason: 'numbness or tingling', holds: [60] });
    expect(tick(t, s(10_000))).toBe(t);
    expect(stop(t, 'again').stopReason).toBe('numbness or tingling');
  });

  it('ignores time going backwards and calls in the wrong phase', () => {
    const ready = createHoldTimer(plan);
    expect(tick(ready, 5)).toBe(ready);
    expect(pause(ready, 5)).toBe(ready);
    expect(resume(ready, 5)).toBe(ready);
    let t = tick(start(ready, s(100)), s(105));
    const before = t.activeMs;
    t = tick(t, s(50));
    expect(t.activeMs).toBe(before);
    t = tick(t, s(106));
    expect(t.activeMs).toBe(before + 1000);
    expect(start(t, 0)).toBe(t);
  });
});

