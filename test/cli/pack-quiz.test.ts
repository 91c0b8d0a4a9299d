/**
 * `pack validate` / `pack lint` on quiz packs: a quiz exported by the builder (quizToFragment) is an
 * extension pack checked against the core pack with --base; bad references come back with their path.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePackText } from '../../src/content/loadPack';
import { quizToFragment } from '../../src/content/quizPlan';
import type { Quiz } from '../../src/content/schema';
import { noStackTrace, pack as spawned, packInProcess as pack } from './packCli';

const CORE = 'public/content/core.json';
let dir: string;
let headNeck: Quiz;
const file = (name: string) => join(dir, name);
const write = (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value, null, 2));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'myomap-quiz-cli-'));
  const core = parsePackText(readFileSync(CORE, 'utf8'));
  if (!core.ok) throw new Error('core pack invalid');
  headNeck = core.pack.quizzes.find((q) => q.id === 'head-and-neck-headaches')!;
  write('quiz.json', quizToFragment(headNeck, { authors: ['A. Teacher'] }));
  const typo = structuredClone(headNeck);
  typo.questions[0] = { ...typo.questions[0]!, muscle: 'trapezuis' } as Quiz['questions'][number];
  typo.questions[1] = { ...typo.questions[1]!, triggerPoint: 'temporalis-1' } as Quiz['questions'][number];
  write('typo.json', quizToFragment(typo));
  write('weak.json', quizToFragment({
    ...headNeck,
    id: 'weak',
    generate: { regions: ['hand'], muscles: ['thenar-muscles', 'adductor-pollicis'], types: ['name-from-pattern'], count: 5 },
    questions: [{ id: 'mc', type: 'multiple-choice', prompt: 'Hold how long?', choices: [{ text: '30–90 s', correct: true }, { text: '5 s', correct: false }], explanation: 'As the pack says.', sources: [] }],
  }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pack validate with quizzes', () => {
  it('accepts an exported quiz against the core pack [spawned]', async () => {
    const r = await spawned('validate', file('quiz.json'), '--base', CORE);
    expect(r.stdout).toMatch(/quiz\.json: valid \(0 muscles, 0 trigger points\)\n$/);
    expect(r.code).toBe(0);
  });

  it('refuses the same quiz without its base, listing each reference', async () => {
    const r = await pack('validate', file('quiz.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  quizzes[0].questions[0].muscle: unknown muscle "upper-trapezius"');
    expect(r.stdout).toContain('  quizzes[0].questions[6].region: unknown region "temple"');
  });

  it('reports a misspelt muscle and a trigger point of another muscle by JSON path', async () => {
    const r = await pack('validate', file('typo.json'), '--base', CORE);
    expect(r.code).toBe(1);
    expect(noStackTrace(r)).toBe(true);
    expect(r.stdout).toContain('typo.json: 2 problems\n');
    expect(r.stdout).toContain('  quizzes[0].questions[0].muscle: unknown muscle "trapezuis" (did you mean "lower-trapezius", "middle-trapezius" or "upper-trapezius"?)\n');
    expect(r.stdout).toContain('  quizzes[0].questions[1].triggerPoint: trigger point "temporalis-1" is not one of sternocleidomastoid\'s (sternocleidomastoid-1, sternocleidomastoid-2, sternocleidomastoid-3, sternocleidomastoid-4)\n');
  });

  it('--json gives the same issues with their paths', async () => {
    const r = await pack('validate', '--json', file('typo.json'), '--base', CORE);
    const [report] = JSON.parse(r.stdout) as { ok: boolean; issues: { path: string }[] }[];
    expect(report!.ok).toBe(false);
    expect(report!.issues.map((i) => i.path)).toEqual(['quizzes[0].questions[0].muscle', 'quizzes[0].questions[1].triggerPoint']);
  });
});

describe('pack lint with quizzes', () => {
  it('warns about an uncited multiple-choice question and a thin generate pool', async () => {
    const r = await pack('lint', file('weak.json'), '--base', CORE, '--json');
    expect(r.code).toBe(0);
    const warnings = JSON.parse(r.stdout) as { path: string; message: string }[];
    expect(warnings).toContainEqual({ path: 'quizzes[0].questions[0].sources', message: 'a multiple-choice question without sources: cite the pack sources that back the answer' });
    expect(warnings).toContainEqual({ path: 'quizzes[0].generate.regions', message: 'only 2 muscles in region "hand" (fewer than 4): generated questions will have weak distractors; add regions or muscles' });
    expect((await pack('lint', file('weak.json'), '--base', CORE, '--strict')).code).toBe(1);
  });

  it('finds nothing to say about the exported core quiz', async () => {
    const r = await pack('lint', file('quiz.json'), '--base', CORE, '--json');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
