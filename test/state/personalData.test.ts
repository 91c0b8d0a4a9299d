import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { PERSIST_KEY } from '../../src/state/persistence';
import {
  PERSONAL_DATA_FORMAT,
  buildPersonalData,
  countPersonalData,
  parsePersonalData,
  personalDataFileName,
  personalDataToJson,
  type ExportedPack,
} from '../../src/state/persist/personalData';
import { applyPersisted, currentPersisted, resetPersonalData } from '../../src/state/persist/personalDataActions';
import { defaultPersistedState } from '../../src/state/persist/readPersisted';
import { keepUnreadableCopy, listUnreadableCopies } from '../../src/state/persist/unreadableCopies';
import { useAppStore } from '../../src/state/store';
import { resultArb } from '../domain/quiz/resultArb';
import { installMemoryStorage, type MemoryStorage } from './memoryStorage';
import { fullState, holdEntry } from './persistFixtures';

let ls: MemoryStorage;
const pack: ExportedPack = { id: 'my-pack', title: 'My pack', mode: 'extend', source: 'my-pack.json', text: '{"id":"my-pack"}' };
const NOW = new Date(Date.UTC(2026, 10, 23, 14, 5));
const fileText = (over: Record<string, unknown> = {}) => JSON.stringify({ ...buildPersonalData(fullState(), [pack], NOW), ...over });

beforeEach(() => {
  ls = installMemoryStorage();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('export file', () => {
  it('holds the format, version, time, the saved state and the packs', () => {
    const file = buildPersonalData(fullState(), [pack], NOW);
    expect(file).toEqual({ format: PERSONAL_DATA_FORMAT, version: 1, exportedAt: '2026-11-23T14:05:00.000Z', stateVersion: 2, state: fullState(), packs: [pack] });
    expect(personalDataFileName(new Date(2026, 0, 5, 23, 0))).toBe('myomap-data-2026-01-05.json');
  });

  it('export → import gives back exactly what was saved (store round trip)', () => {
    applyPersisted(fullState());
    const text = personalDataToJson(buildPersonalData(currentPersisted(), [pack], NOW));
    resetPersonalData();
    expect(currentPersisted()).toEqual(defaultPersistedState());
    const parsed = parsePersonalData('data.json', text);
    expect(parsed).toEqual({ ok: true, state: fullState(), packs: [pack], lost: [], exportedAt: NOW.toISOString() });
    if (parsed.ok) applyPersisted(parsed.state);
    expect(currentPersisted()).toEqual(fullState());
    expect(JSON.parse(ls.getItem(PERSIST_KEY)!).state).toEqual(JSON.parse(JSON.stringify(fullState())));
  });

  it('round trip holds for any hold log, results and name', () => {
    const hold = fc.record({ muscleId: fc.stringMatching(/^[a-z-]{1,20}$/), side: fc.constantFrom('l' as const, 'r' as const), triggerPointId: fc.stringMatching(/^tp\d$/), seconds: fc.double({ min: 0, max: 3600, noNaN: true }), date: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) });
    fc.assert(
      fc.property(fc.array(hold, { maxLength: 20 }), fc.array(resultArb, { maxLength: 4 }), fc.string({ maxLength: 80 }), (holdLog, quizHistory, studentName) => {
        const state = { ...defaultPersistedState(), holdLog, quizHistory, studentName };
        const parsed = parsePersonalData('f.json', personalDataToJson(buildPersonalData(state, [], NOW)));
        expect(parsed.ok && parsed.lost).toEqual([]);
        if (parsed.ok) expect(parsed.state).toEqual(JSON.parse(JSON.stringify(state)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('import refuses a bad file with where and why', () => {
  it.each([
    ['not JSON', '{"format": ', /^data\.json: not valid JSON/],
    ['a list', '[]', /^data\.json: not a Myomap data file/],
    ['another format', fileText({ format: 'myomap-quiz-result' }), /^data\.json format: must be "myomap-personal-data" \(not a Myomap data file\)$/],
    ['a newer file version', fileText({ version: 2 }), /^data\.json version: is newer than this version of Myomap reads/],
    ['a newer state version', fileText({ stateVersion: 3 }), /^data\.json stateVersion: is newer/],
    ['no state', fileText({ state: null }), /^data\.json state: must be an object$/],
    ['a broken pack', fileText({ packs: [pack, { ...pack, mode: 'merge' }] }), /^data\.json packs\[1\]\.mode: must be "extend" or "replace"$/],
  ])('%s', (_, text, message) => {
    const r = parsePersonalData('data.json', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('a broken part is listed with its path inside the file, the rest is read', () => {
    const state = { ...fullState(), quizHistory: [fullState().quizHistory[0], { format: 'x' }] };
    const r = parsePersonalData('data.json', fileText({ state }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.quizHistory).toEqual([fullState().quizHistory[0]]);
    expect(r.lost).toEqual([expect.objectContaining({ part: 'quizHistory', dropped: 1, total: 2, path: 'state.quizHistory[1].format' })]);
  });

  it('a version 1 state inside a file is migrated like a version 1 save', () => {
    const r = parsePersonalData('old.json', JSON.stringify({ format: PERSONAL_DATA_FORMAT, version: 1, stateVersion: 1, state: { holdLog: [holdEntry], audioCue: true, quizSession: 'ignored: not in v1' } }));
    expect(r.ok && r.state).toEqual({ ...defaultPersistedState(), holdLog: [holdEntry], audioCue: true });
  });
});

describe('reset all', () => {
  it('puts every saved part back to its default and removes the save and the kept copies', () => {
    applyPersisted(fullState());
    keepUnreadableCopy('old broken save');
    expect(ls.getItem(PERSIST_KEY)).not.toBeNull();
    resetPersonalData();
    expect(currentPersisted()).toEqual(defaultPersistedState());
    expect(ls.getItem(PERSIST_KEY)).toBeNull();
    expect(listUnreadableCopies()).toEqual([]);
    // The next change is saved again.
    useAppStore.getState().logHold(holdEntry);
    expect(JSON.parse(ls.getItem(PERSIST_KEY)!).state.holdLog).toEqual([holdEntry]);
  });

  it('counts what is saved for the panel', () => {
    expect(countPersonalData(fullState())).toEqual({ holds: 2, quizzes: 2, quizInProgress: true, customQuiz: true, studyCards: 1, reviews: 1 });
    expect(countPersonalData(defaultPersistedState())).toEqual({ holds: 0, quizzes: 0, quizInProgress: false, customQuiz: false, studyCards: 0, reviews: 0 });
  });
});
