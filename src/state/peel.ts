import { getMuscle, LAYERS, type Layer } from '../domain/anatomy';

/**
 * The layers to peel away when a muscle is selected: every enabled layer shallower than the
 * muscle's own (a deep muscle peels superficial and intermediate). The scene ghosts the muscles of
 * those layers that overlap the selection; the Layers panel shows them as partly shown.
 */
export function layersToPeel(muscleId: string, enabled: Readonly<Record<Layer, boolean>>): Layer[] {
  const muscle = getMuscle(muscleId);
  if (!muscle) return [];
  const depth = LAYERS.indexOf(muscle.layer);
  return LAYERS.filter((layer, i) => i < depth && enabled[layer]);
}
