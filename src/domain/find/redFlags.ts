/**
 * "When to see a professional": the pack's red-flag precautions, shown with every pain-finder result.
 * A red flag is a precaution whose id starts with `red-flag-` and whose action is `refer` (see
 * content/core/precautions.json): signs that pain may not come from muscles and needs a clinician.
 */
export const RED_FLAG_PREFIX = 'red-flag-';

export interface PrecautionLike {
  id: string;
  action: string;
}

/** The red flags of a pack, in pack order. */
export function redFlags<P extends PrecautionLike>(pack: { precautions: readonly P[] }): P[] {
  return pack.precautions.filter((p) => p.id.startsWith(RED_FLAG_PREFIX) && p.action === 'refer');
}
