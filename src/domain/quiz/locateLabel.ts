/**
 * Plain-words labels for spots on the body, built from a landmark and an offset, for the keyboard
 * alternative of the locate question: "Near the acromion (2 cm below, 1 cm in front)".
 */
import { getLandmark } from '../anatomy/landmarks';
import { otherSide, sideName } from '../anatomy/names';
import type { Side } from '../referral/types';

function cm(metres: number): number {
  return Math.round(Math.abs(metres) * 100);
}

/** The landmark's name without a trailing gloss ("chin (mental protuberance)" → "chin"), which would clash with the label's own brackets. */
export function landmarkName(id: string): string {
  return (getLandmark(id)?.name ?? id.replace(/-/g, ' ')).replace(/\s*\([^)]*\)$/, '');
}

/**
 * `offset` is [lateral, up, forward] in metres, written for the side of the muscle (lateral = away
 * from the midline; from a midline landmark, toward the muscle's side).
 */
export function locateLabel(landmark: string, offset: readonly [number, number, number], side: Side): string {
  const [lat, up, fwd] = offset;
  const midline = getLandmark(landmark)?.paired === false;
  const parts: { size: number; text: string }[] = [];
  if (cm(up) > 0) parts.push({ size: Math.abs(up), text: `${cm(up)} cm ${up > 0 ? 'above' : 'below'}` });
  if (cm(lat) > 0) {
    // From a midline landmark the offset leans toward the muscle's side: name the patient's side.
    const toward = midline ? `to the ${sideName(lat > 0 ? side : otherSide(side)).toLowerCase()}` : lat > 0 ? 'further out from the midline' : 'toward the midline';
    parts.push({ size: Math.abs(lat), text: `${cm(lat)} cm ${toward}` });
  }
  if (cm(fwd) > 0) parts.push({ size: Math.abs(fwd), text: `${cm(fwd)} cm ${fwd > 0 ? 'in front' : 'behind'}` });
  const name = landmarkName(landmark);
  if (parts.length === 0) return `At the ${name}`;
  parts.sort((a, b) => b.size - a.size);
  return `Near the ${name} (${parts.map((p) => p.text).join(', ')})`;
}
