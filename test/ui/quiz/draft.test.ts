/**
 * The builder's form model: any valid quiz read into the form and checked again comes back
 * unchanged (so import → export loses nothing), reading never throws on junk, and a damaged saved
 * draft gives an empty form.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuizSchema, type Quiz } from '../../../src/content/quizSchema';
import { QUESTION_TYPES } from '../../../src/domain/quiz/types';
import { checkDraft } from '../../../src/ui/quiz/builder/checkDraft';
import { draftToInput, emptyDraft, inputToDraft } from '../../../src/ui/quiz/builder/draft';
import { DRAFT_STORAGE_KEY, loadDraft, saveDraft } from '../../../src/ui/quiz/builder/draftStorage';
import { pathAncestors } from '../../../src/ui/quiz/builder/IssueList';
import { core } from './formHelpers';

const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}$/);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const side = fc.constantFrom('l' as const, 'r' as const);
const muscles = core.muscles;
const sourceIds = core.sources.map((s) => s.id);

const trpQuestion = fc
  .record({
    type: fc.constantFrom('name-from-pattern' as const, 'locate-trp' as const, 'draw-pattern' as const),
    muscle: fc.integer({ min: 0, max: muscles.length - 1 }),
    trp: fc.option(fc.nat(), { nil: undefined }),
    side,
    prompt: fc.option(text, { nil: undefined }),
    sources: fc.option(fc.subarray(sourceIds, { minLength: 1 }), { nil: undefined }),
  })
  .map(({ muscle, trp, ...q }) => {
    const m = muscles[muscle]!;
    return { ...q, muscle: m.id, triggerPoint: trp === undefined ? undefined : m.triggerPoints[trp % m.triggerPoints.length]!.id };
  });

const whichRefers = fc
  .record({ region: fc.constantFrom(...core.regions.map((r) => r.id)), side, answers: fc.option(fc.subarray(muscles.map((m) => m.id).slice(0, 12), { minLength: 1 }), { nil: undefined }) })
  .map((q) => ({ type: 'which-refers' as const, ...q }));

const multipleChoice = fc
  .record({
    prompt: text,
    choices: fc.array(fc.record({ text, correct: fc.boolean() }), { minLength: 2, maxLength: 8 }),
    explanation: text,
    sources: fc.subarray(sourceIds),
    body: fc.option(fc.record({ muscle: fc.constantFrom(...muscles.slice(0, 5).map((m) => m.id)), side: fc.option(side, { nil: undefined }) }), { nil: undefined }),
  })
  .map((q) => ({ type: 'multiple-choice' as const, ...q, choices: q.choices.map((c, i) => (i === 0 ? { ...c, correct: true } : c)) }));

/** Valid quizzes on the core pack (ids made unique by position). */
const quizArb = fc
  .record({
    id: kebab,
    title: text,
    description: fc.option(text, { nil: undefined }),
    feedback: fc.constantFrom('immediate' as const, 'end' as const),
    passMark: fc.integer({ min: 0, max: 100 }),
    timeLimitSeconds: fc.option(fc.integer({ min: 30, max: 7200 }), { nil: undefined }),
    order: fc.constantFrom('fixed' as const, 'shuffled' as const),
    generate: fc.option(fc.record({ regions: fc.subarray(['neck', 'shoulder', 'head']), muscles: fc.constant([]), types: fc.subarray([...QUESTION_TYPES], { minLength: 1 }), count: fc.integer({ min: 1, max: 100 }) }), { nil: undefined }),
    questions: fc.array(fc.oneof(trpQuestion, whichRefers, multipleChoice), { minLength: 1, maxLength: 5 }),
  })
  .map((q) => QuizSchema.parse({ ...q, questions: q.questions.map((x, i) => ({ ...x, id: `q${i}` })) }));

describe('builder draft', () => {
  it('every core quiz survives form → check unchanged', () => {
    for (const quiz of core.quizzes) expect(checkDraft(inputToDraft(quiz), core).quiz).toEqual(quiz);
  });

  it('property: a valid quiz read into the form and checked again is the same quiz', () => {
    fc.assert(
      fc.property(quizArb, (quiz: Quiz) => {
        const back = checkDraft(inputToDraft(quiz), core);
        expect(back.issues).toEqual([]);
        expect(back.quiz).toEqual(quiz);
      }),
      { numRuns: 60 },
    );
  });

  it('property: reading any JSON value as a draft never throws and gives well-typed fields', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        for (const raw of [json, anything, { questions: [json, anything] }]) {
          const d = inputToDraft(raw);
          expect(typeof d.id).toBe('string');
          expect(Array.isArray(d.questions)).toBe(true);
          expect(() => checkDraft(d, core)).not.toThrow();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('numbers typed as text reach the schema as typed: "abc" is refused at its path, "60" is 60', () => {
    const d = { ...emptyDraft(), id: 'x', title: 'X', useGenerate: true, passMark: 'abc', timed: true, minutes: '0.2' };
    expect(draftToInput(d)).toMatchObject({ passMark: 'abc', timeLimitSeconds: 12 });
    const paths = checkDraft(d, core).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['passMark', 'timeLimitSeconds']));
    expect(checkDraft({ ...d, passMark: '60', minutes: '2' }, core).quiz).toMatchObject({ passMark: 60, timeLimitSeconds: 120 });
  });

  it('paths climb to the nearest field', () => {
    expect(pathAncestors('questions[2].choices[1].text')).toEqual(['questions[2].choices[1].text', 'questions[2].choices[1]', 'questions[2].choices', 'questions[2]', 'questions']);
    expect(pathAncestors('title')).toEqual(['title']);
  });
});

describe('draft storage', () => {
  const store = new Map<string, string>();
  const fake = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
  beforeEach(() => {
    store.clear();
    (globalThis as { sessionStorage?: unknown }).sessionStorage = fake;
  });
  afterEach(() => {
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });

  it('keeps the form, including a switched-off generate block and an unfinished time', () => {
    const d = { ...inputToDraft(core.quizzes[1]), useGenerate: false, timed: true, minutes: '1.' };
    saveDraft(d);
    const back = loadDraft();
    expect(back.useGenerate).toBe(false);
    expect(back.generate).toEqual(d.generate);
    expect([back.timed, back.minutes]).toEqual([true, '1.']);
    expect(back.id).toBe(core.quizzes[1]!.id);
  });

  it('property: whatever is saved under the key, loading gives a form and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (s) => {
        store.set(DRAFT_STORAGE_KEY, s);
        const d = loadDraft();
        expect(typeof d.title).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
