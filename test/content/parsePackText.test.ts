import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, parsePack, parsePackText } from '../../src/content/loadPack';
import { fixtureText } from './fixtures';

function problems(text: string, opts?: Parameters<typeof parsePackText>[1]) {
  const r = parsePackText(text, opts);
  if (r.ok) throw new Error('expected the text to be refused');
  return r.issues;
}

describe('parsePackText', () => {
  it('reads a valid pack, with or without a byte-order mark', () => {
    const text = fixtureText('full-pack.json');
    expect(parsePackText(text).ok).toBe(true);
    expect(parsePackText(`\uFEFF${text}`).ok).toBe(true);
  });

  it.each([
    ['', 'the file is empty'],
    ['   \n\t ', 'the file is empty'],
    ['\uFEFF', 'the file is empty'],
  ])('refuses empty text %j', (text, message) => {
    expect(problems(text)).toEqual([{ path: '(root)', message }]);
  });

  it('refuses text that is not JSON, saying where', () => {
    const [issue, ...rest] = problems('{\n  "format": "myomap-pack",\n  "version": 1,,\n}');
    expect(rest).toEqual([]);
    expect(issue!.path).toBe('(root)');
    expect(issue!.message).toMatch(/^not valid JSON: .*line 3/);
  });

  it.each([
    ['[]', 'a pack must be a JSON object, got an array'],
    ['null', 'a pack must be a JSON object, got null'],
    ['42', 'a pack must be a JSON object, got the integer 42'],
    ['"myomap"', 'a pack must be a JSON object, got "myomap"'],
    ['true', 'a pack must be a JSON object, got true'],
  ])('refuses the top-level value %s', (text, message) => {
    expect(problems(text)).toEqual([{ path: '(root)', message }]);
  });

  it('refuses an object that is not a pack at all with one clear message', () => {
    expect(problems('{"name": "myomap", "private": true}')).toEqual([
      { path: '(root)', message: 'not a Myomap pack: expected an object with "format": "myomap-pack", a "version" and "muscles"' },
    ]);
  });

  it('refuses text over the size limit without parsing it', () => {
    const huge = `{"muscles": [${'0,'.repeat(100)}0]}`;
    expect(problems(huge, { maxBytes: 100 })[0]!.message).toMatch(/^the file is too large \(0\.0 MB; the limit is 0\.0 MB\)$/);
    expect(MAX_PACK_BYTES).toBe(10 * 1024 * 1024);
    const big = ' '.repeat(MAX_PACK_BYTES + 1);
    expect(problems(big)[0]!.message).toBe('the file is too large (10.0 MB; the limit is 10.0 MB)');
  });

  it('never throws on hostile values', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const r = parsePack(hostile);
    expect(r.ok).toBe(false);
    expect(parsePackText(undefined as unknown as string).ok).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(parsePack({ format: 'myomap-pack', version: 1, muscles: deep }).ok).toBe(false);
    expect(parsePackText(`{"format":"myomap-pack","version":1,"muscles":${'['.repeat(5000)}${']'.repeat(5000)}}`).ok).toBe(false);
  });
});
