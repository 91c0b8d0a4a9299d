import type { Pack, TriggerPoint } from '../../content/schema';
import { sideName, type Side } from '../../domain/anatomy';
import { regionsFor } from '../packLookup';

/** "a, b and c" (an empty list gives ""). */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Where the pain of these trigger points is felt, in plain words: "Where you may feel it: temple,
 * around the eye and forehead, on the right side." Areas come from the pack's region names (each once, in
 * order of first mention); the side follows each trigger point's referral side.
 */
export function painWhere(pack: Pack, trps: readonly TriggerPoint[], side: Side): string {
  const names = [...new Set(trps.flatMap((t) => regionsFor(pack, t.regions).map((r) => r.name.toLowerCase())))];
  const both = trps.some((t) => t.referral.side === 'both');
  const same = trps.some((t) => t.referral.side !== 'both');
  const own = `the ${sideName(side).toLowerCase()} side`;
  const where = both && same ? `${own}, sometimes both sides` : both ? 'both sides' : own;
  return names.length > 0 ? `Where you may feel it: ${joinAnd(names)}, on ${where}.` : `Where you may feel it: on ${where}.`;
}
