import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { layersToPeel } from '../../src/state/peel';

const store = useAppStore;

beforeEach(() => {
  store.setState(store.getInitialState(), true);
});

describe('selection slice', () => {
  it('selects a side and ignores unknown ids', () => {
    store.getState().select('upper-trapezius', 'l');
    expect(store.getState().selection).toEqual({ muscleId: 'upper-trapezius', side: 'l' });
    store.getState().select('nope', 'r');
    expect(store.getState().selection).toEqual({ muscleId: 'upper-trapezius', side: 'l' });
  });

  it('list selection keeps the selected side, else the right', () => {
    store.getState().selectMuscle('piriformis');
    expect(store.getState().selection).toEqual({ muscleId: 'piriformis', side: 'r' });
    store.getState().switchSide();
    expect(store.getState().selection?.side).toBe('l');
    store.getState().selectMuscle('sternocleidomastoid');
    expect(store.getState().selection).toEqual({ muscleId: 'sternocleidomastoid', side: 'l' });
    store.getState().selectMuscle('sternocleidomastoid', 'r');
    expect(store.getState().selection?.side).toBe('r');
  });

  it('clearing restores peeled layers', () => {
    store.getState().select('piriformis', 'r');
    expect(store.getState().peeled).toEqual(['superficial', 'intermediate']);
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().peeled).toEqual([]);
  });

  it('does not notify subscribers when nothing changes', () => {
    store.getState().select('masseter', 'r');
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.getState().select('masseter', 'r');
    store.getState().setHover(null);
    store.getState().setHover({ muscleId: 'masseter', side: 'r' });
    store.getState().setHover({ muscleId: 'masseter', side: 'r' });
    off();
    expect(calls).toBe(1);
  });
});

describe('peel', () => {
  it('peels the enabled layers above the selection', () => {
    const all = { superficial: true, intermediate: true, deep: true };
    expect(layersToPeel('upper-trapezius', all)).toEqual([]);
    expect(layersToPeel('rhomboids', all)).toEqual(['superficial']);
    expect(layersToPeel('quadratus-lumborum', all)).toEqual(['superficial', 'intermediate']);
    expect(layersToPeel('quadratus-lumborum', { ...all, superficial: false })).toEqual(['intermediate']);
    expect(layersToPeel('nope', all)).toEqual([]);
  });

  it('ticking a peeled layer brings it back; a new selection peels again', () => {
    store.getState().select('quadratus-lumborum', 'r');
    store.getState().setLayerVisible('superficial', true);
    expect(store.getState().peeled).toEqual(['intermediate']);
    store.getState().select('rhomboids', 'r');
    expect(store.getState().peeled).toEqual(['superficial']);
  });
});

describe('view slice', () => {
  it('hides, isolates and shows all', () => {
    store.getState().select('gluteus-maximus', 'r');
    store.getState().isolateSelection();
    expect(store.getState().isolated).toEqual(['muscle:gluteus-maximus:r']);
    store.getState().hideSelected();
    expect(store.getState().hidden).toEqual(['muscle:gluteus-maximus:r']);
    expect(store.getState().isolated).toBeNull();
    expect(store.getState().selection).toBeNull();
    store.getState().setLayerVisible('deep', false);
    store.getState().showAll();
    expect(store.getState()).toMatchObject({ hidden: [], isolated: null, layers: { superficial: true, intermediate: true, deep: true } });
  });

  it('clamps skin opacity and numbers view requests', () => {
    store.getState().setSkinOpacity(3);
    expect(store.getState().skinOpacity).toBe(1);
    store.getState().setSkinOpacity(Number.NaN);
    expect(store.getState().skinOpacity).toBe(0);
    store.getState().requestView('back');
    store.getState().requestView('back');
    expect(store.getState().viewRequest).toEqual({ view: 'back', seq: 2, animate: true });
  });
});
