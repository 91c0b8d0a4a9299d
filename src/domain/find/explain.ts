/**
 * Client-facing "why" text for a pain-finder result: one plain sentence per matched query item,
 * saying which muscle, where it is, where its trigger points send pain, and whether that is its main
 * pain area (essential zone) or an area the pain can spread to (spillover). "Trigger point" is
 * explained the first time it appears; the UI shows `NOT_A_DIAGNOSIS` beside the results.
 */
import type { RankedMuscle, ReferralMatch } from '../referral/rankSourceMuscles';
import type { Side } from '../referral/types';
import { layDescription } from './layDescription';

/** What the explanation needs from a pack (a parsed `Pack` is one). */
export interface ExplainPack {
  muscles: readonly { id: string; name: string; region?: string | undefined }[];
  regions: readonly { id: string; name: string }[];
}

export const TRIGGER_POINT_NOTE =
  'A trigger point is a small, tender knot in a tight band of muscle. Pressing it often hurts on the spot and can also be felt somewhere else, sometimes far away: that is referred pain.';

export const NOT_A_DIAGNOSIS =
  'These are muscles that commonly send pain to the places you marked. This is education, not a diagnosis: if the pain is severe, new or not getting better, see a health professional.';

const SIDE_WORD: Record<Side, string> = { l: 'left', r: 'right' };

/** "the temple", "the back of the head", "the area around the eye". */
export function placeName(regionName: string): string {
  const n = regionName.trim();
  if (/^the\s/i.test(n)) return n;
  if (/^(around|behind|under|over|above|below|between|inside)\s/i.test(n)) return `the area ${n}`;
  return `the ${n}`;
}

function where(m: ReferralMatch, result: RankedMuscle, pack: ExplainPack): string {
  // A bilateral pattern can answer for the other side: say so, since the muscle's side differs.
  const across = m.side !== result.side ? ` on the ${SIDE_WORD[m.side]} side` : '';
  if (m.item === 'region') {
    const name = pack.regions.find((r) => r.id === m.region)?.name ?? (m.region ?? 'that area').replace(/-/g, ' ');
    return `${placeName(name)}${across}`;
  }
  if (m.item === 'dabs') return `the area you marked${across}`;
  return `the spot you marked${across}`;
}

/** One sentence per match of the result, in the order of the matches; [] for no matches. */
export function explainMatch(result: RankedMuscle, pack: ExplainPack): string[] {
  const muscle = pack.muscles.find((m) => m.id === result.muscle);
  const regionName = (id: string) => pack.regions.find((r) => r.id === id)?.name;
  const lay = layDescription({ id: result.muscle, region: muscle?.region }, regionName);
  const who = `the ${SIDE_WORD[result.side]} ${muscle?.name ?? result.name} (${lay})`;
  return result.matches.map((m, i) => {
    const place = where(m, result, pack);
    if (i === 0) {
      return m.zone === 'essential'
        ? `Trigger points (tender knots in a muscle) in ${who} commonly send pain to ${place} — this is its main pain area.`
        : `Trigger points (tender knots in a muscle) in ${who} can also spread a little pain to ${place}, at the edge of their usual pain area.`;
    }
    return m.zone === 'essential'
      ? `They also commonly send pain to ${place} — another of its main pain areas.`
      : `They can also spread a little pain to ${place}, at the edge of their usual pain area.`;
  });
}
