import { bodyRegionName, getMuscle, sideName, sidedMuscleName, type Layer, type Side } from '../domain/anatomy';

/** "upper trapezius" → "Upper trapezius" (catalogue names are lower-case). */
export function capitalize(text: string): string {
  return text.length ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** The display name with side, e.g. "Right upper trapezius" (the patient's right). */
export function sidedLabel(muscleId: string, side: Side): string {
  const m = getMuscle(muscleId);
  return m ? sidedMuscleName(m, side) : muscleId;
}

export function sideLabel(side: Side): string {
  return `${sideName(side)} (patient's ${sideName(side).toLowerCase()})`;
}

export function layerLabel(layer: Layer): string {
  return capitalize(layer);
}

export function regionLabel(muscleId: string): string {
  const m = getMuscle(muscleId);
  return m ? bodyRegionName(m.region) : '';
}
