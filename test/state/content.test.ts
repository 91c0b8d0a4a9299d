import { beforeEach, describe, expect, it } from 'vitest';
import { combinePacks } from '../../src/state/activePack';
import type { UserPack } from '../../src/state/contentSlice';
import { useAppStore } from '../../src/state/store';
import { fixturePack } from '../fixtures/packs/loadFixture';

const core = fixturePack('core-mini.json');
const short = fixturePack('short-holds.json');
const user = (mode: UserPack['mode']): UserPack => ({ id: short.id, title: short.title, mode, pack: short, source: 'short-holds.json', text: '', warnings: [] });

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('active pack', () => {
  it('extend merges by id; replace swaps the base; no core: the first user pack', () => {
    const ext = combinePacks(core, [user('extend')])!;
    expect(ext.id).toBe('core');
    expect(ext.muscles.map((m) => m.id)).toEqual(['upper-trapezius', 'gluteus-medius']);
    expect(ext.muscles[0]!.triggerPoints[0]!.hold.maxSeconds).toBe(6);
    expect(combinePacks(core, [user('replace')])!.muscles.map((m) => m.id)).toEqual(['upper-trapezius']);
    expect(combinePacks(null, [user('extend')])!.id).toBe('short-holds');
    expect(combinePacks(null, [])).toBeNull();
  });

  it('the store keeps activePack in step with the core and user packs', () => {
    const s = () => useAppStore.getState();
    s().addUserPack(user('extend'));
    expect(s().activePack?.id).toBe('short-holds');
    s().setCorePack(core);
    expect(s().activePack?.muscles).toHaveLength(2);
    s().addUserPack(user('replace'));
    expect(s().userPacks).toHaveLength(1);
    expect(s().activePack?.muscles).toHaveLength(1);
    s().removeUserPack('short-holds');
    expect(s().activePack).toBe(core);
    s().setCoreProblem('gone', [{ path: 'muscles[0].id', message: 'bad' }]);
    expect(s().coreStatus).toBe('error');
    expect(s().activePack).toBeNull();
  });

  it('shows one trigger point alone or all of them', () => {
    const s = () => useAppStore.getState();
    s().showTriggerPoint('upper-trapezius', 'tp2');
    expect(s().shownTrp).toEqual({ muscleId: 'upper-trapezius', triggerPointId: 'tp2' });
    s().showAllTriggerPoints();
    expect(s().shownTrp).toBeNull();
  });
});
