import { beforeEach, describe, expect, it } from 'vitest';
import { PERSIST_KEY, PERSIST_VERSION, mergePersisted, migratePersisted, partializeState, safeStorage } from '../../src/state/persistence';
import { UNREADABLE_PREFIX, latestUnreadableCopy, listUnreadableCopies } from '../../src/state/persist/unreadableCopies';
import { useAppStore } from '../../src/state/store';
import { installMemoryStorage, type MemoryStorage } from './memoryStorage';
import { fullState, holdEntry as entry, sampleSession } from './persistFixtures';

let ls: MemoryStorage;
const state = () => useAppStore.getState();
const saved = () => JSON.parse(ls.getItem(PERSIST_KEY) ?? 'null') as { state: Record<string, unknown>; version: number } | null;

/** A reload: the store back at its defaults (which writes them), then `text` read from storage. */
async function reloadFrom(text: string | null) {
  useAppStore.setState(useAppStore.getInitialState(), true);
  if (text === null) ls.removeItem(PERSIST_KEY);
  else ls.setItem(PERSIST_KEY, text);
  await useAppStore.persist.rehydrate();
}
const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const rehydrateWith = (value: unknown) => reloadFrom(asText(value));

beforeEach(() => {
  ls = installMemoryStorage();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('what is saved (version 2)', () => {
  it('saves the hold log, audio cue, quiz in progress, own quiz, results, name and study progress: nothing else', () => {
    state().logHold(entry);
    state().select('masseter', 'l');
    state().setQuizSession(sampleSession());
    state().setStudentName('Ana');
    state().rateCard('upper-trapezius:tp1:pattern-to-muscle', 3, Date.UTC(2026, 0, 1));
    const p = partializeState(state());
    expect(Object.keys(p).sort()).toEqual(['audioCue', 'customQuiz', 'holdLog', 'quizHistory', 'quizSession', 'studentName', 'study']);
    expect(p.holdLog).toEqual([entry]);
    expect(p.quizSession).toEqual(sampleSession());
    expect(Object.keys(p.study.states)).toEqual(['upper-trapezius:tp1:pattern-to-muscle']);
    expect(saved()?.version).toBe(PERSIST_VERSION);
    expect(saved()?.state['studentName']).toBe('Ana');
  });

  it('a quiz in progress and study progress survive a reload exactly', async () => {
    const full = fullState();
    useAppStore.setState(full);
    await reloadFrom(ls.getItem(PERSIST_KEY));
    expect(partializeState(state())).toEqual(full);
    expect(state().persistNotice).toBeNull();
  });
});

describe('migration', () => {
  it('migrates version 0 (holds with secs) step by step', () => {
    const v0 = { sound: true, holds: [{ muscleId: 'masseter', side: 'l', secs: 30, date: '2024-05-01' }] };
    expect(migratePersisted(v0, 0)).toEqual({ audioCue: true, holdLog: [{ muscleId: 'masseter', side: 'l', secs: 30, seconds: 30, date: '2024-05-01', triggerPointId: 'unknown' }] });
  });

  it('a version 1 save keeps its hold log and audio cue; the new parts start at defaults, with no notice', async () => {
    await rehydrateWith({ state: { holdLog: [entry, { ...entry, seconds: 90 }], audioCue: true }, version: 1 });
    expect(state().holdLog).toEqual([entry, { ...entry, seconds: 90 }]);
    expect(state().audioCue).toBe(true);
    expect(state().quizSession).toBeNull();
    expect(state().quizHistory).toEqual([]);
    expect(state().study.states).toEqual({});
    expect(state().persistNotice).toBeNull();
    expect(listUnreadableCopies()).toEqual([]);
  });
});

describe('reading part by part', () => {
  it('a corrupt quiz in progress is dropped, the hold log survives, a copy is kept and the notice says what was lost', async () => {
    const broken = { ...sampleSession(), answers: [null] }; // 3 questions, 1 answer slot
    const text = JSON.stringify({ state: { ...fullState(), quizSession: broken }, version: 2 });
    await reloadFrom(text);
    expect(state().quizSession).toBeNull();
    expect(state().holdLog).toEqual(fullState().holdLog);
    expect(state().quizHistory).toEqual(fullState().quizHistory);
    expect(state().study).toEqual(fullState().study);
    expect(state().persistNotice).toMatch(/Your saved quiz in progress could not be read\./);
    expect(state().persistNotice).toMatch(/Everything else was loaded\. A copy of what was saved is kept on this device/);
    const keys = listUnreadableCopies();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${UNREADABLE_PREFIX}\\d{4}-\\d\\d-\\d\\dT`));
    expect(ls.getItem(keys[0]!)).toBe(text);
    expect(latestUnreadableCopy()?.text).toBe(text);
    // The cleaned state was written back: the next visit starts clean, without the notice.
    expect(saved()?.state['quizSession']).toBeNull();
    await reloadFrom(ls.getItem(PERSIST_KEY));
    expect(state().persistNotice).toBeNull();
    expect(state().holdLog).toEqual(fullState().holdLog);
  });

  it.each([
    ['an answer of another type than its question', (s: ReturnType<typeof sampleSession>) => ({ ...s, answers: [s.answers[1], s.answers[0], null] })],
    ['a current question past the end', (s: ReturnType<typeof sampleSession>) => ({ ...s, current: 3 })],
    ['a session from another version', (s: ReturnType<typeof sampleSession>) => ({ ...s, version: 2 })],
    ['a question without its options', (s: ReturnType<typeof sampleSession>) => ({ ...s, questions: [{ ...s.questions[0], options: undefined }, ...s.questions.slice(1)] })],
    ['a start time that is not a number', (s: ReturnType<typeof sampleSession>) => ({ ...s, startedAt: '2026-01-01' })],
    ['an infinite score (saved as null)', (s: ReturnType<typeof sampleSession>) => JSON.parse(JSON.stringify({ ...s, answers: [{ ...s.answers[0], marking: { ...s.answers[0]!.marking, score: Infinity } }, null, null] }))],
  ])('drops a quiz session with %s', (_, breakIt) => {
    const merged = mergePersisted({ holdLog: [entry], quizSession: breakIt(sampleSession()) }, state());
    expect(merged.quizSession).toBeNull();
    expect(merged.holdLog).toEqual([entry]);
  });

  it('keeps valid hold-log entries and quiz results, drops broken ones and counts them in the notice', async () => {
    const [good, other] = fullState().quizHistory;
    await rehydrateWith({ state: { holdLog: [entry, { muscleId: 5 }, { ...entry, seconds: -1 }], quizHistory: [good, { ...other, score: 140 }], audioCue: true }, version: 2 });
    expect(state().holdLog).toEqual([entry]);
    expect(state().quizHistory).toEqual([good]);
    expect(state().audioCue).toBe(true);
    expect(state().persistNotice).toContain('2 of your 3 logged holds could not be read.');
    expect(state().persistNotice).toContain('1 of your 2 quiz results could not be read.');
  });

  it('reads study progress entry by entry through the study slice', async () => {
    const study = fullState().study;
    await rehydrateWith({ state: { study: { ...study, reviewLog: [...study.reviewLog, { cardId: 'x', grade: 9, at: 1 }] } }, version: 2 });
    expect(state().study).toEqual(study);
    expect(state().persistNotice).toMatch(/Part of your study progress \(1 entry\) could not be read/);
  });
});

describe('unreadable saves', () => {
  it.each([
    ['not JSON', '{"state": {"holdLog": ['],
    ['not a saved state', '[1, 2, 3]'],
    ['a state that is not an object', JSON.stringify({ state: 'x', version: 2 })],
    ['no version', JSON.stringify({ state: { holdLog: [] } })],
  ])('%s: defaults, a notice and a copy', async (_, text) => {
    await reloadFrom(text);
    expect(state().holdLog).toEqual([]);
    expect(state().persistNotice).toMatch(/^Your saved data could not be read, so Myomap started fresh\./);
    expect(latestUnreadableCopy()?.text).toBe(text);
    expect(listUnreadableCopies()).toHaveLength(1);
  });

  it('a save from a newer version is not read (nor migrated down), and is kept aside', async () => {
    const text = JSON.stringify({ state: { holdLog: [entry] }, version: PERSIST_VERSION + 1 });
    ls.setItem(PERSIST_KEY, text);
    expect(safeStorage.getItem(PERSIST_KEY)).toBeNull();
    await reloadFrom(text);
    expect(state().holdLog).toEqual([]);
    expect(state().persistNotice).toMatch(/newer version of Myomap \(format 3\)/);
    expect(latestUnreadableCopy()?.text).toBe(text);
  });

  it('never throws when storage itself fails', async () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    (globalThis as { localStorage?: unknown }).localStorage = broken;
    await expect(useAppStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(() => state().logHold(entry)).not.toThrow();
    expect(state().holdLog).toEqual([entry]);
  });
});

describe('writing', () => {
  it('does not rewrite the save when no saved part changed (hover, camera …)', () => {
    state().logHold(entry);
    let writes = 0;
    const set = ls.setItem;
    ls.setItem = (k, v) => {
      writes++;
      set(k, v);
    };
    state().select('masseter', 'l');
    state().setHover?.(null);
    expect(writes).toBe(0);
    state().logHold({ ...entry, seconds: 1 });
    expect(writes).toBe(1);
    expect((saved()?.state['holdLog'] as unknown[]).length).toBe(2);
  });
});
