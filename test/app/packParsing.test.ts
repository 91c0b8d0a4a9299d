import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePackText } from '../../src/content/loadPack';
import { fixtureText } from '../fixtures/packs/loadFixture';
import { installFakeWorker, type FakeWorkerControl } from '../support/fakeWorker';

// packParsing keeps its worker in module state: a fresh copy per test.
async function fresh() {
  vi.resetModules();
  return import('../../src/app/packParsing');
}

describe('checking pack text off the main thread', () => {
  let control: FakeWorkerControl;
  beforeEach(() => {
    control = installFakeWorker(() => import('../../src/content/pack.worker'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives exactly what parsePackText gives, for a valid and an invalid pack, through one worker', async () => {
    const { parsePackTextOffThread } = await fresh();
    for (const name of ['core-mini.json', 'invalid.json']) {
      const text = fixtureText(name);
      expect(await parsePackTextOffThread(text)).toEqual(parsePackText(text));
    }
    expect(control.started).toHaveLength(1);
    expect(control.started[0]!.url).toMatch(/pack\.worker\.ts$/);
  });

  it('passes the options (a body catalogue given as Sets, and a base pack)', async () => {
    const { parsePackTextOffThread } = await fresh();
    const text = fixtureText('core-mini.json');
    const core = parsePackText(text);
    if (!core.ok) throw new Error('fixture core-mini.json is invalid');
    const opts = { catalogue: { muscles: new Set(['not-a-muscle']), landmarks: null }, base: core.pack };
    const got = await parsePackTextOffThread(text, opts);
    expect(got).toEqual(parsePackText(text, opts));
    // The pack's muscles are not in that catalogue: refused, by JSON path.
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.issues.some((i) => /^muscles\[0\]\.id$/.test(i.path))).toBe(true);
  });

  it('answers concurrent requests each with its own result', async () => {
    const { parsePackTextOffThread } = await fresh();
    const [a, b] = await Promise.all([parsePackTextOffThread(fixtureText('invalid.json')), parsePackTextOffThread(fixtureText('core-mini.json'))]);
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(true);
  });

  it('checks on the main thread when the worker script fails, for that request and later ones', async () => {
    const { parsePackTextOffThread } = await fresh();
    control.failNextStart();
    const text = fixtureText('core-mini.json');
    expect(await parsePackTextOffThread(text)).toEqual(parsePackText(text));
    expect(await parsePackTextOffThread('{')).toEqual(parsePackText('{'));
    expect(control.started).toHaveLength(1);
  });
});

describe('without workers', () => {
  it('checks on the main thread', async () => {
    vi.stubGlobal('Worker', undefined);
    const { parsePackTextOffThread } = await fresh();
    const text = fixtureText('invalid.json');
    expect(await parsePackTextOffThread(text)).toEqual(parsePackText(text));
    vi.unstubAllGlobals();
  });
});
