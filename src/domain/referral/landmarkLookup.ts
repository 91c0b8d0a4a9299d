import type { LandmarkLookup, Side, Vec3 } from './types';

/**
 * A lookup over a table keyed like the model's landmark nodes without the prefix: `<id>` for midline
 * landmarks and `<id>:<l|r>` for paired ones (e.g. built from `landmark:acromion:r` nodes).
 */
export function landmarkLookup(table: ReadonlyMap<string, Readonly<Vec3>>): LandmarkLookup {
  return (id: string, side: Side | null) => (side ? table.get(`${id}:${side}`) : undefined) ?? table.get(id);
}
