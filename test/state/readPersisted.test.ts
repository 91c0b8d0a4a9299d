import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPersistedState, readPersistedState } from '../../src/state/persist/readPersisted';
import { fullState, holdEntry } from './persistFixtures';

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('readPersistedState', () => {
  it('reads a full state back unchanged, with nothing lost', () => {
    expect(readPersistedState(json(fullState()))).toEqual({ state: fullState(), lost: [] });
  });

  it('missing parts take their defaults silently (an older save did not have them)', () => {
    expect(readPersistedState({})).toEqual({ state: defaultPersistedState(), lost: [] });
  });

  it('names the first problem of each lost part by JSON path', () => {
    const { lost } = readPersistedState({ holdLog: [holdEntry, { ...holdEntry, side: 'x' }], quizSession: { version: 1 }, studentName: 7 });
    expect(lost.map((l) => [l.part, l.path])).toEqual([
      ['holdLog', 'holdLog[1].side'],
      ['quizSession', 'quizSession.planId'],
      ['studentName', 'studentName'],
    ]);
  });

  it('never throws on any JSON, and what it returns reads back unchanged with nothing lost', () => {
    const part = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const arb = fc.oneof(
      fc.jsonValue(),
      fc.record({ holdLog: part, audioCue: part, quizSession: part, customQuiz: part, quizHistory: part, studentName: part, study: part }),
      // Real parts with one entry replaced by noise.
      fc.tuple(fc.constantFrom('holdLog', 'quizHistory'), fc.jsonValue()).map(([k, noise]) => {
        const s = json(fullState()) as unknown as Record<string, unknown[]>;
        return { ...s, [k]: [...s[k]!, noise] };
      }),
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const first = readPersistedState(raw);
        const again = readPersistedState(json(first.state));
        expect(again.lost).toEqual([]);
        expect(again.state).toEqual(json(first.state));
      }),
      { numRuns: 300 },
    );
  });

  it('valid entries survive whatever broken entries sit between them, in order', () => {
    const noise = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.nat()), fc.record({ muscleId: fc.integer() }), fc.constant({ ...holdEntry, seconds: -1 }), fc.constant({ ...holdEntry, side: 'left' }));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(3600).map((seconds) => ({ ...holdEntry, seconds })), noise), { maxLength: 40 }), (log) => {
        const want = log.filter((e): e is typeof holdEntry => typeof e === 'object' && e !== null && !Array.isArray(e) && (e as { side?: unknown }).side === 'r' && (e as typeof holdEntry).seconds >= 0);
        const { state, lost } = readPersistedState({ holdLog: log });
        expect(state.holdLog).toEqual(want);
        expect(lost.length).toBe(want.length < log.length ? 1 : 0);
        if (lost[0]) expect(lost[0]).toMatchObject({ part: 'holdLog', dropped: log.length - want.length, total: log.length });
      }),
    );
  });
});
