import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY_REGIONS, MUSCLES, type BodyRegionId } from '../../src/domain/anatomy';
import { REGION_GROUPS, treeKeyAction, visibleTreeItems } from '../../src/ui/muscleTreeModel';

const regionIds = BODY_REGIONS.map((r) => r.id);

describe('muscle tree model', () => {
  it('groups every muscle once, regions head to foot', () => {
    expect(REGION_GROUPS.map((g) => g.regionId)).toEqual(regionIds.filter((id) => MUSCLES.some((m) => m.region === id)));
    expect(REGION_GROUPS.flatMap((g) => g.muscles.map((m) => m.id)).sort()).toEqual(MUSCLES.map((m) => m.id).sort());
  });

  it('Down then Up returns to the same item; Home/End reach the ends (property)', () => {
    fc.assert(
      fc.property(fc.subarray(regionIds), fc.nat(), (open, pick) => {
        const expanded = new Set<BodyRegionId>(open);
        const items = visibleTreeItems(expanded);
        const i = pick % items.length;
        const key = items[i]!.key;
        const down = treeKeyAction(items, key, 'ArrowDown', expanded);
        if (i < items.length - 1) {
          expect(down).toEqual({ type: 'focus', key: items[i + 1]!.key });
          expect(treeKeyAction(items, items[i + 1]!.key, 'ArrowUp', expanded)).toEqual({ type: 'focus', key });
        } else expect(down).toBeNull();
        expect(treeKeyAction(items, key, 'Home', expanded)).toEqual({ type: 'focus', key: items[0]!.key });
        expect(treeKeyAction(items, key, 'End', expanded)).toEqual({ type: 'focus', key: items[items.length - 1]!.key });
      }),
    );
  });

  it('Left on a muscle goes to its region; Right on a collapsed region expands it', () => {
    const expanded = new Set<BodyRegionId>(['neck']);
    const items = visibleTreeItems(expanded);
    expect(treeKeyAction(items, 'muscle:scalenes', 'ArrowLeft', expanded)).toEqual({ type: 'focus', key: 'region:neck' });
    expect(treeKeyAction(items, 'region:neck', 'ArrowLeft', expanded)).toEqual({ type: 'collapse', regionId: 'neck' });
    expect(treeKeyAction(items, 'region:head', 'ArrowRight', expanded)).toEqual({ type: 'expand', regionId: 'head' });
    expect(treeKeyAction(items, 'region:neck', 'ArrowRight', expanded)).toEqual({ type: 'focus', key: 'muscle:sternocleidomastoid' });
    expect(treeKeyAction(items, 'muscle:scalenes', 'Enter', expanded)).toEqual({ type: 'select', muscleId: 'scalenes' });
    expect(treeKeyAction(items, 'region:head', ' ', expanded)).toEqual({ type: 'toggle', regionId: 'head' });
    expect(treeKeyAction(items, 'region:head', 's', expanded)).toEqual({ type: 'focus', key: 'muscle:sternocleidomastoid' });
  });
});
