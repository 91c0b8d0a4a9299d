import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, formatPath } from '../../src/content/packIssue';
import { matchRegion } from '../../src/content/matchRegion';
import { closestIds, didYouMean, editDistance } from '../../src/content/suggest';
import { PackSchema } from '../../src/content/schema';
import { packJsonSchema } from '../../scripts/pack/commands';
import { fixturePack } from './fixtures';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['format'], 'format'],
    [['muscles', 3, 'triggerPoints', 0, 'hold', 'maxSeconds'], 'muscles[3].triggerPoints[0].hold.maxSeconds'],
    [[0, 'a'], '[0].a'],
    [['quizzes', 0, 'questions', 1, 'x-y'], 'quizzes[0].questions[1]["x-y"]'],
  ] as [PropertyKey[], string][])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it('formats an issue as "path: message"', () => {
    expect(formatIssue({ path: 'muscles[3].triggerPoints[0].hold.maxSeconds', message: 'must be ≤ 600' })).toBe('muscles[3].triggerPoints[0].hold.maxSeconds: must be ≤ 600');
  });
});

describe('suggestions', () => {
  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('closest ids', () => {
    expect(closestIds('mastoidd', ['mastoid', 'masseter', 'temple'])).toEqual(['mastoid']);
    expect(closestIds('zzzzzz', ['mastoid'])).toEqual([]);
    expect(didYouMean('templ', ['temple', 'tmj'])).toBe(' (did you mean "temple"?)');
    expect(didYouMean('qqqq', ['temple'])).toBe('');
  });
});

describe('matchRegion', () => {
  const regions = fixturePack().regions;
  it.each([
    ['temple', 'temple'],
    ['TEMPLE', 'temple'],
    ['back-of-neck', 'back-of-neck'],
    ['back of neck', 'back-of-neck'],
    ['Back of the Neck', 'back-of-neck'],
    ['nape', 'back-of-neck'],
    ['  side   of head ', 'temple'],
    ['lumbar', 'low-back'],
  ])('%j → %s', (text, id) => {
    const m = matchRegion(regions, text);
    expect(m.ok && m.region.id).toBe(id);
  });

  it('suggests the closest regions for an unknown name', () => {
    const m = matchRegion(regions, 'buttok');
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.suggestions[0]?.id).toBe('buttock');
    const none = matchRegion(regions, 'xqzv');
    expect(none.ok ? 'matched' : none.suggestions).toEqual([]);
  });
});

describe('the JSON Schema', () => {
  it('is generated from the zod schema for the input format', () => {
    const s = packJsonSchema() as any;
    expect(s.$schema).toMatch(/json-schema\.org/);
    expect(s.title).toBe('Myomap content pack');
    expect(s.type).toBe('object');
    expect(s.required).toEqual(expect.arrayContaining(['format', 'version', 'muscles', 'regions', 'sources']));
    expect(s.required).not.toContain('quizzes'); // has a default: optional for authors
    expect(JSON.stringify(s)).toContain('myomap-pack');
    expect(z.toJSONSchema(PackSchema, { io: 'input' })).toBeTruthy();
  });
});
