import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activatePack, importPackFromQuery, importPackText, loadCorePack, removeUserPack } from '../../src/app/packActions';
import { useAppStore } from '../../src/state/store';
import { fixtureText } from '../fixtures/packs/loadFixture';

const s = () => useAppStore.getState();
const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('loading the core pack', () => {
  it('a valid core.json becomes the active pack', async () => {
    vi.stubGlobal('fetch', respond(fixtureText('core-mini.json')));
    await loadCorePack();
    expect(s().coreStatus).toBe('ready');
    expect(s().activePack?.id).toBe('core');
  });

  it('a missing or invalid one is reported with what and where; nothing is active', async () => {
    vi.stubGlobal('fetch', respond('nope', 404));
    await loadCorePack();
    expect(s().coreProblem?.message).toMatch(/content\/core\.json.*HTTP 404/);
    vi.stubGlobal('fetch', respond(fixtureText('invalid.json')));
    await loadCorePack();
    expect(s().coreStatus).toBe('error');
    expect(s().coreProblem?.issues.map((i) => i.path)).toContain('muscles[0].triggerPoints[0].hold.maxSeconds');
    expect(s().activePack).toBeNull();
  });
});

describe('importing a pack', () => {
  it('refuses an invalid pack with every problem and keeps the current one', async () => {
    vi.stubGlobal('fetch', respond(fixtureText('core-mini.json')));
    await loadCorePack();
    const before = s().activePack;
    expect(await importPackText(fixtureText('invalid.json'), 'invalid.json')).toBe(false);
    expect(s().packReport?.kind).toBe('error');
    expect(s().packReport?.issues.length).toBe(7);
    expect(s().activePack).toBe(before);
    expect(await importPackText('{"format": "myomap-pack", "version": 1, "muscles": 3', 'cut.json')).toBe(false);
    expect(s().packReport?.issues[0]?.message).toMatch(/not valid JSON/);
  });

  it('a valid pack waits for extend/replace, then is added (IndexedDB missing: says it lasts until reload)', async () => {
    vi.stubGlobal('fetch', respond(fixtureText('core-mini.json')));
    await loadCorePack();
    expect(await importPackText(fixtureText('short-holds.json'), 'short-holds.json')).toBe(true);
    expect(s().pendingPack?.pack.id).toBe('short-holds');
    expect(s().userPacks).toEqual([]);
    await activatePack(s().pendingPack, 'extend');
    expect(s().pendingPack).toBeNull();
    expect(s().userPacks.map((p) => [p.id, p.mode])).toEqual([['short-holds', 'extend']]);
    expect(s().activePack?.muscles).toHaveLength(2);
    expect(s().packReport).toMatchObject({ kind: 'success' });
    expect(s().packReport?.message).toMatch(/lasts until you reload/);
    await removeUserPack('short-holds');
    expect(s().userPacks).toEqual([]);
  });

  it('?pack= accepts same-origin URLs only, and takes the mode from packMode', async () => {
    const history = { state: null, replaceState: vi.fn() };
    vi.stubGlobal('history', history);
    const loc = (href: string) => new URL(href) as unknown as Location;
    await importPackFromQuery(loc('https://myomap.test/app/?pack=https://evil.test/p.json#/explore'));
    expect(s().packReport?.message).toMatch(/only be loaded from this site \(https:\/\/myomap\.test\).*https:\/\/evil\.test/);
    const fetch = respond(fixtureText('short-holds.json'));
    vi.stubGlobal('fetch', fetch);
    await importPackFromQuery(loc('https://myomap.test/app/?pack=packs/short.json&packMode=replace#/explore'));
    expect(fetch).toHaveBeenCalledWith('https://myomap.test/app/packs/short.json', expect.anything());
    expect(s().userPacks.map((p) => [p.id, p.mode])).toEqual([['short-holds', 'replace']]);
    expect(history.replaceState).toHaveBeenLastCalledWith(null, '', '/app/#/explore');
  });
});
