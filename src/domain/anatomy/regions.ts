import type { BodyRegion, BodyRegionId } from './types';

/** Body regions used to group muscles, ordered head to foot. */
export const BODY_REGIONS: readonly BodyRegion[] = [
  { id: 'head', name: 'Head and jaw' },
  { id: 'neck', name: 'Neck' },
  { id: 'shoulder', name: 'Shoulder' },
  { id: 'upper-back', name: 'Upper back' },
  { id: 'chest', name: 'Chest' },
  { id: 'lower-back', name: 'Lower back' },
  { id: 'abdomen', name: 'Abdomen' },
  { id: 'upper-arm', name: 'Upper arm' },
  { id: 'forearm', name: 'Forearm' },
  { id: 'hand', name: 'Hand' },
  { id: 'hip', name: 'Hip and buttock' },
  { id: 'thigh', name: 'Thigh' },
  { id: 'lower-leg', name: 'Lower leg' },
  { id: 'foot', name: 'Foot' },
];

const byId = new Map(BODY_REGIONS.map((r) => [r.id, r]));

export function bodyRegionName(id: BodyRegionId): string {
  return byId.get(id)?.name ?? id;
}
