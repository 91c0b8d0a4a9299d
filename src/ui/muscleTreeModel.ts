import { BODY_REGIONS, MUSCLES, type BodyRegionId, type MuscleInfo } from '../domain/anatomy';
import { capitalize } from './muscleLabels';

export interface TreeItem {
  key: string;
  kind: 'region' | 'muscle';
  regionId: BodyRegionId;
  muscleId: string | null;
  label: string;
}

export interface RegionGroup {
  regionId: BodyRegionId;
  label: string;
  muscles: MuscleInfo[];
}

/** Muscles grouped by region, in BODY_REGIONS order (empty regions left out). */
export const REGION_GROUPS: readonly RegionGroup[] = BODY_REGIONS.map((r) => ({
  regionId: r.id,
  label: r.name,
  muscles: MUSCLES.filter((m) => m.region === r.id),
})).filter((g) => g.muscles.length > 0);

export const regionKey = (id: BodyRegionId) => `region:${id}`;
export const muscleKey = (id: string) => `muscle:${id}`;

/** The items a user can move through: every region, plus the muscles of expanded regions. */
export function visibleTreeItems(expanded: ReadonlySet<BodyRegionId>): TreeItem[] {
  const items: TreeItem[] = [];
  for (const g of REGION_GROUPS) {
    items.push({ key: regionKey(g.regionId), kind: 'region', regionId: g.regionId, muscleId: null, label: g.label });
    if (!expanded.has(g.regionId)) continue;
    for (const m of g.muscles) items.push({ key: muscleKey(m.id), kind: 'muscle', regionId: g.regionId, muscleId: m.id, label: capitalize(m.name) });
  }
  return items;
}

export type TreeAction =
  | { type: 'focus'; key: string }
  | { type: 'expand'; regionId: BodyRegionId }
  | { type: 'collapse'; regionId: BodyRegionId; focus?: string }
  | { type: 'toggle'; regionId: BodyRegionId }
  | { type: 'select'; muscleId: string }
  | null;

/** The ARIA tree keyboard pattern (Up/Down/Left/Right/Home/End/Enter/Space, type-ahead). */
export function treeKeyAction(items: readonly TreeItem[], activeKey: string, key: string, expanded: ReadonlySet<BodyRegionId>): TreeAction {
  const i = Math.max(0, items.findIndex((it) => it.key === activeKey));
  const item = items[i];
  if (!item) return null;
  const focus = (it: TreeItem | undefined): TreeAction => (it ? { type: 'focus', key: it.key } : null);
  switch (key) {
    case 'ArrowDown':
      return focus(items[i + 1]);
    case 'ArrowUp':
      return focus(items[i - 1]);
    case 'Home':
      return focus(items[0]);
    case 'End':
      return focus(items[items.length - 1]);
    case 'ArrowRight':
      if (item.kind === 'region') return expanded.has(item.regionId) ? focus(items[i + 1]) : { type: 'expand', regionId: item.regionId };
      return null;
    case 'ArrowLeft':
      if (item.kind === 'region') return expanded.has(item.regionId) ? { type: 'collapse', regionId: item.regionId } : null;
      return focus(items.find((it) => it.kind === 'region' && it.regionId === item.regionId));
    case 'Enter':
    case ' ':
      return item.kind === 'muscle' && item.muscleId ? { type: 'select', muscleId: item.muscleId } : { type: 'toggle', regionId: item.regionId };
    default:
      if (key.length === 1 && /\S/.test(key)) {
        const ch = key.toLowerCase();
        const order = [...items.slice(i + 1), ...items.slice(0, i + 1)];
        return focus(order.find((it) => it.label.toLowerCase().startsWith(ch)));
      }
      return null;
  }
}
