/** The quiz part of the pack format: shape (quizSchema.ts), references (crossRefs.ts) and lint. */
import { describe, expect, it } from 'vitest';
import { lintPack } from '../../src/content/lintPack';
import { parsePack } from '../../src/content/loadPack';
import type { PackIssue } from '../../src/content/packIssue';
import { fixturePack, fixtureRaw } from './fixtures';

const mc = (over: Record<string, unknown> = {}) => ({
  id: 'hold',
  type: 'multiple-choice',
  prompt: 'How long is a hold?',
  choices: [
    { text: '5 s', correct: false },
    { text: '30–90 s', correct: true },
  ],
  explanation: 'Held until the tenderness eases.',
  sources: ['simons-1999'],
  ...over,
});

/** The fixture pack with these quizzes; returns its problems ([] when valid). */
function problems(quizzes: unknown[], opts: Parameters<typeof parsePack>[1] = {}): PackIssue[] {
  const r = parsePack({ ...fixtureRaw(), quizzes }, opts);
  return r.ok ? [] : r.issues;
}
const quiz = (questions: unknown[], over: Record<string, unknown> = {}) => ({ id: 'neck', title: 'Neck', questions, ...over });

describe('quiz schema', () => {
  it('accepts every question type and fills the defaults', () => {
    const r = parsePack({
      ...fixtureRaw(),
      quizzes: [
        quiz([
          { id: 'a', type: 'name-from-pattern', muscle: 'upper-trapezius' },
          { id: 'b', type: 'locate-trp', muscle: 'sternocleidomastoid', triggerPoint: 'sternocleidomastoid-1', side: 'l', prompt: 'Find it.' },
          { id: 'c', type: 'draw-pattern', muscle: 'gluteus-medius', explanation: 'Low back and buttock.', sources: ['simons-1999'] },
          { id: 'd', type: 'which-refers', region: 'temple', answers: ['upper-trapezius', 'sternocleidomastoid'] },
          mc({ id: 'e', body: { camera: { position: [0, 1.6, 1], target: [0, 1.5, 0] }, muscle: 'upper-trapezius', side: 'r', triggerPoint: 'upper-trapezius-1' } }),
        ]),
        { id: 'gen', title: 'Generated', generate: { types: ['practice', 'locate-trp'], count: 10 }, timeLimitSeconds: 600 },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const [authored, gen] = r.pack.quizzes;
    expect(authored).toMatchObject({ feedback: 'end', passMark: 70, order: 'fixed' });
    expect(authored!.timeLimitSeconds).toBeUndefined();
    expect(authored!.questions[0]).toEqual({ id: 'a', type: 'name-from-pattern', muscle: 'upper-trapezius', side: 'r' });
    expect(gen).toMatchObject({ questions: [], timeLimitSeconds: 600, generate: { regions: [], muscles: [], types: ['practice', 'locate-trp'], count: 10 } });
  });

  it('refuses bad quizzes with paths and plain messages', () => {
    expect(
      problems([
        quiz([
          { id: 'a', type: 'choice', prompt: 'Which?' },
          mc({ id: 'b', choices: [{ text: 'only', correct: true }] }),
          mc({ id: 'c', choices: [{ text: 'x', correct: false }, { text: 'y', correct: false }] }),
          mc({ id: 'd', choices: Array.from({ length: 9 }, (_, i) => ({ text: `c${i}`, correct: i === 0 })) }),
          { id: 'e', type: 'locate-trp', side: 'left' },
          mc({ id: 'f', explanation: undefined, sources: undefined }),
        ], { passMark: 101, feedback: 'later' }),
        { id: 'empty', title: 'Nothing to ask' },
        { id: 'gen', title: 'G', timeLimitSeconds: 10, generate: { types: [], count: 101 } },
      ]),
    ).toEqual([
      { path: 'quizzes[0].feedback', message: 'must be one of "immediate" or "end", got "later"' },
      { path: 'quizzes[0].passMark', message: 'must be ≤ 100' },
      { path: 'quizzes[0].questions[0].type', message: 'must be "name-from-pattern", "locate-trp", "draw-pattern", "which-refers" or "multiple-choice", got "choice"' },
      { path: 'quizzes[0].questions[1].choices', message: 'needs at least 2 choices' },
      { path: 'quizzes[0].questions[2].choices', message: 'needs at least one choice with "correct": true' },
      { path: 'quizzes[0].questions[3].choices', message: 'must have at most 8 choices' },
      { path: 'quizzes[0].questions[4].muscle', message: 'is required (a string)' },
      { path: 'quizzes[0].questions[4].side', message: 'must be one of "l" or "r", got "left"' },
      { path: 'quizzes[0].questions[5].explanation', message: 'is required (a string)' },
      { path: 'quizzes[0].questions[5].sources', message: 'is required (an array)' },
      { path: 'quizzes[1].questions', message: 'a quiz needs questions or a "generate" block (or both)' },
      { path: 'quizzes[2].timeLimitSeconds', message: 'must be ≥ 30 (seconds)' },
      { path: 'quizzes[2].generate.types', message: 'needs at least 1 question type' },
      { path: 'quizzes[2].generate.count', message: 'must be ≤ 100' },
    ]);
  });
});

describe('quiz references', () => {
  it('reports unknown ids with their path and a suggestion, and a trigger point of another muscle', () => {
    expect(
      problems([
        quiz(
          [
            { id: 'a', type: 'name-from-pattern', muscle: 'trapezuis' },
            { id: 'b', type: 'locate-trp', muscle: 'sternocleidomastoid', triggerPoint: 'upper-trapezius-1' },
            { id: 'c', type: 'draw-pattern', muscle: 'gluteus-medius', sources: ['simons-1998'] },
            { id: 'd', type: 'which-refers', region: 'temples', answers: ['upper-trapezius', 'masseter'] },
            mc({ id: 'e', sources: ['nobody-2020'], body: { muscle: 'upper-trapezius', triggerPoint: 'upper-trapezius-9' } }),
            { id: 'a', type: 'draw-pattern', muscle: 'upper-trapezius' },
          ],
          { generate: { regions: ['nek', 'buttock'], muscles: ['scm'], types: ['name-from-pattern'], count: 5 } },
        ),
      ]),
    ).toEqual([
      { path: 'quizzes[0].questions[5].id', message: 'duplicate id "a" (also at quizzes[0].questions[0])' },
      { path: 'quizzes[0].generate.regions[0]', message: 'unknown region "nek" (did you mean "neck"?)' },
      { path: 'quizzes[0].generate.muscles[0]', message: 'unknown muscle "scm"' },
      { path: 'quizzes[0].questions[0].muscle', message: 'unknown muscle "trapezuis" (did you mean "upper-trapezius"?)' },
      { path: 'quizzes[0].questions[1].triggerPoint', message: 'trigger point "upper-trapezius-1" is not one of sternocleidomastoid\'s (sternocleidomastoid-1)' },
      { path: 'quizzes[0].questions[2].sources[0]', message: 'unknown source "simons-1998" (did you mean "simons-1999"?)' },
      { path: 'quizzes[0].questions[3].region', message: 'unknown region "temples" (did you mean "temple"?)' },
      { path: 'quizzes[0].questions[3].answers[1]', message: 'unknown muscle "masseter"' },
      { path: 'quizzes[0].questions[4].sources[0]', message: 'unknown source "nobody-2020"' },
      { path: 'quizzes[0].questions[4].body.triggerPoint', message: 'trigger point "upper-trapezius-9" is not one of upper-trapezius\'s (upper-trapezius-1) (did you mean "upper-trapezius-1"?)' },
    ]);
  });

  it('an extension pack may reference its base; without the base the same quiz is refused', () => {
    const base = fixturePack();
    const ext = { ...fixtureRaw(), id: 'ext', sources: [], regions: [], techniques: [], precautions: [], exercises: [], muscles: [], quizzes: [quiz([{ id: 'a', type: 'locate-trp', muscle: 'upper-trapezius', triggerPoint: 'upper-trapezius-1', sources: ['fryer-2005'] }, { id: 'b', type: 'which-refers', region: 'jaw' }])] };
    const withBase = parsePack(ext, { base });
    expect(withBase.ok ? [] : withBase.issues).toEqual([]);
    const alone = parsePack(ext);
    expect(alone.ok ? [] : alone.issues.map((i) => i.path)).toEqual(['quizzes[0].questions[0].muscle', 'quizzes[0].questions[0].sources[0]', 'quizzes[0].questions[1].region']);
  });
});

describe('quiz lint', () => {
  const lint = (quizzes: unknown[]) => {
    const r = parsePack({ ...fixtureRaw(), quizzes });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return lintPack(r.pack).filter((w) => w.path.startsWith('quizzes'));
  };

  it('warns about multiple choice without sources, thin generate pools and a region nobody refers to', () => {
    expect(
      lint([
        quiz([mc({ sources: [] }), { id: 'w', type: 'which-refers', region: 'top-of-shoulder' }], { generate: { regions: ['neck', 'upper-back'], types: ['name-from-pattern'], count: 5 } }),
        { id: 'all', title: 'All', generate: { types: ['draw-pattern'], count: 3 } },
      ]),
    ).toEqual([
      { path: 'quizzes[0].generate.regions', message: 'only 2 muscles in regions "neck", "upper-back" (fewer than 4): generated questions will have weak distractors; add regions or muscles' },
      { path: 'quizzes[0].questions[0].sources', message: 'a multiple-choice question without sources: cite the pack sources that back the answer' },
      { path: 'quizzes[0].questions[1].region', message: 'no muscle of the pack refers to "top-of-shoulder": give "answers" or choose another region' },
      { path: 'quizzes[1].generate.muscles', message: 'only 3 muscles in the pack (fewer than 4): generated questions will have weak distractors; add regions or muscles' },
    ]);
  });

  it('counts a muscle filed under a pack region in its body region, as generation does', () => {
    // The fixture files gluteus medius under its own region "buttock"; the catalogue puts it in "hip".
    expect(lint([{ id: 'hip', title: 'Hip', generate: { regions: ['hip'], types: ['locate-trp'], count: 2 } }])).toEqual([
      { path: 'quizzes[0].generate.regions', message: 'only 1 muscle in region "hip" (fewer than 4): generated questions will have weak distractors; add regions or muscles' },
    ]);
  });

  it('counts quiz sources as cited', () => {
    const raw = fixtureRaw();
    raw.muscles[0].sources = ['simons-1999'];
    raw.muscles[0].triggerPoints[0].sources = ['simons-1999'];
    const r = parsePack({ ...raw, quizzes: [quiz([mc({ sources: ['fryer-2005'] })])] });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(lintPack(r.pack).filter((w) => w.message.includes('never cited'))).toEqual([]);
  });
});
