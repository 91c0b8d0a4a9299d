import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createHoldTimer,
  holdPlan,
  pause,
  releaseNow,
  resume,
  start,
  stop,
  tick,
  type HoldTimerState,
} from '../../src/domain/holdTimer';

type Op =
  | { kind: 'tick'; dt: number }
  | { kind: 'pause'; dt: number }
  | { kind: 'resume'; dt: number }
  | { kind: 'release'; dt: number }
  | { kind: 'back'; dt: number };

const range = fc.record({
  minSeconds: fc.integer({ min: 5, max: 120 }),
  maxSeconds: fc.integer({ min: 5, max: 600 }),
  repetitions: fc.integer({ min: 1, max: 10 }),
});
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), dt: fc.integer({ min: 0, max: 40_000 }) }),
  fc.record({ kind: fc.constant('pause' as const), dt: fc.integer({ min: 0, max: 40_000 }) }),
  fc.record({ kind: fc.constant('resume' as const), dt: fc.integer({ min: 0, max: 40_000 }) }),
  fc.record({ kind: fc.constant('release' as const), dt: fc.integer({ min: 0, max: 40_000 }) }),
  fc.record({ kind: fc.constant('back' as const), dt: fc.integer({ min: 0, max: 40_000 }) }),
);

/** Runs ops against a fake clock; returns every intermediate state. */
function run(r: Parameters<typeof holdPlan>[0], ops: Op[]): HoldTimerState[] {
  let now = 1_000_000;
  let t = start(createHoldTimer(holdPlan(r)), now);
  const states = [t];
  for (const o of ops) {
    now += o.kind === 'back' ? -o.dt : o.dt;
    if (o.kind === 'tick' || o.kind === 'back') t = tick(t, now);
    else if (o.kind === 'pause') t = pause(t, now);
    else if (o.kind === 'resume') t = resume(t, now);
    else t = releaseNow(t, now);
    states.push(t);
  }
  return states;
}

describe('holdTimer properties (fake time)', () => {
  it('elapsed time never decreases, whatever the clock does', () => {
    fc.assert(
      fc.property(range, fc.array(op, { maxLength: 60 }), (r, ops) => {
        const states = run(r, ops);
        for (let i = 1; i < states.length; i++) expect(states[i]!.activeMs).toBeGreaterThanOrEqual(states[i - 1]!.activeMs);
      }),
    );
  });

  it('while paused, ticks change nothing', () => {
    fc.assert(
      fc.property(range, fc.integer({ min: 0, max: 200_000 }), fc.array(fc.integer({ min: -50_000, max: 500_000 }), { maxLength: 20 }), (r, before, laters) => {
        const paused = pause(tick(start(createHoldTimer(holdPlan(r)), 0), before), before);
        for (const later of laters) expect(tick(paused, before + later)).toBe(paused);
      }),
    );
  });

  it('run to the end, the number of holds equals the repetitions, each within 0…maxSeconds', () => {
    fc.assert(
      fc.property(range, fc.array(op, { maxLength: 40 }), (r, ops) => {
        const plan = holdPlan(r);
        const states = run(r, [...ops, { kind: 'resume', dt: 0 }]);
        const last = states[states.length - 1]!;
        const end = tick(last, 1e12);
        expect(end.phase).toBe('done');
        expect(end.holds).toHaveLength(plan.repetitions);
        for (const h of end.holds) {
          expect(h).toBeGreaterThanOrEqual(0);
          expect(h).toBeLessThanOrEqual(plan.maxSeconds);
        }
      }),
    );
  });

  it('the hold never runs past the plan ceiling, and the ceiling is 120 s or the range’s own max', () => {
    fc.assert(
      fc.property(fc.option(range, { nil: undefined }), (r) => {
        const plan = holdPlan(r);
        expect(plan.maxSeconds).toBe(r ? r.maxSeconds : 90);
        if (!r) expect(plan.maxSeconds).toBeLessThanOrEqual(120);
        expect(plan.minSeconds).toBeLessThanOrEqual(plan.maxSeconds);
      }),
    );
  });

  it('stop always ends the timer; holds recorded before stay', () => {
    fc.assert(
      fc.property(range, fc.array(op, { maxLength: 30 }), fc.string(), (r, ops, reason) => {
        const states = run(r, ops);
        const last = states[states.length - 1]!;
        const stopped = stop(last, reason);
        expect(['stopped', 'done']).toContain(stopped.phase);
        expect(stopped.running).toBe(false);
        expect(stopped.holds).toEqual(last.holds);
      }),
    );
  });
});
