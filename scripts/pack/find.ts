/**
 * `find <region> [--side l|r]`: muscles that commonly refer to a region, ranked (not a diagnosis), with
 * why: which zone of which trigger point matched, how much of the region it covers and how much of the
 * zone lies in the region. The ranking is the app's own (src/domain/find/rankEitherSide.ts).
 */
import { matchRegion } from '../../src/content/matchRegion';
import type { Side } from '../../src/domain/anatomy/types';
import { rankEitherSide } from '../../src/domain/find/rankEitherSide';
import type { RankedMuscle, ReferralMatch } from '../../src/domain/referral/rankSourceMuscles';
import { flag, type Args } from './args';
import { tryLoadModel } from './commands';
import { DEFAULT_MODEL, loadDefaultPack, UsageError, type Out } from './io';

// The benchmark (scripts/bench/content.ts) times the ranking through this module.
export { rankEitherSide };

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number | undefined) => `${Math.round((x ?? 0) * 100)}%`;

/** Why a result matched, for --json: the matched zone and the overlap figures. */
function whyJson(m: ReferralMatch) {
  return { zone: m.zone, zoneIndex: m.zoneIndex, side: m.side, listed: m.listed, cover: round(m.cover ?? 0), within: round(m.within ?? 0), depth: round(m.depth) };
}

/** "essential zone 1: covers 40% of the region, 75% of the zone lies in it". */
export function whyText(m: ReferralMatch): string {
  if (m.zoneIndex < 0) return 'lists this region (no drawn overlap)';
  return `${m.zone} zone ${m.zoneIndex + 1}: covers ${pct(m.cover)} of the region, ${pct(m.within)} of the zone lies in it`;
}
const SIDE_NAME: Record<Side, string> = { l: 'left', r: 'right' };

export async function find(args: Args, io: Out): Promise<number> {
  const text = args.positionals.join(' ').trim();
  if (!text) throw new UsageError('find needs a region name, e.g. `find temple`');
  const sideFlag = flag(args, 'side');
  if (sideFlag !== undefined && sideFlag !== 'l' && sideFlag !== 'r') throw new UsageError('--side must be l or r');
  const limitFlag = flag(args, 'limit');
  const limit = limitFlag === undefined ? undefined : Number(limitFlag);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const json = args.flags.has('json');

  const pack = loadDefaultPack(flag(args, 'pack'), io);
  if (!pack) return 1;
  const match = matchRegion(pack.regions, text);
  if (!match.ok) {
    const names = match.suggestions.map((r) => `"${r.name}"`);
    io.err(`unknown region "${text}".${names.length ? ` Closest: ${names.join(', ')}.` : ''}`);
    return 1;
  }
  const region = match.region;
  const model = await tryLoadModel(flag(args, 'model') ?? DEFAULT_MODEL, io);
  const lookup = model?.lookup ?? (() => undefined);
  const ranked = rankEitherSide(pack, region.id, sideFlag ? [sideFlag] : ['r', 'l'], lookup, limit);

  if (json) {
    io.out(JSON.stringify(ranked.map((r) => ({ muscle: r.muscle, name: r.name, side: r.side, score: round(r.score), zone: r.zone, triggerPoint: r.triggerPoint, why: r.matches.map(whyJson) })), null, 2));
    return 0;
  }
  const where = sideFlag ? `the ${SIDE_NAME[sideFlag]} ${region.name}` : `the ${region.name} (either side)`;
  if (ranked.length === 0) {
    io.out(`No muscle in ${pack.id} is known to refer to ${where}.`);
    return 0;
  }
  io.out(`Muscles that commonly refer to ${where}, best first:`);
  // Left and right copies of a muscle with the same result share a line.
  const rows: { r: RankedMuscle; sides: string }[] = [];
  for (const r of ranked) {
    const prev = rows[rows.length - 1];
    if (prev && prev.r.muscle === r.muscle && prev.r.score === r.score && prev.r.triggerPoint === r.triggerPoint && prev.r.zone === r.zone) prev.sides = 'left and right';
    else rows.push({ r, sides: SIDE_NAME[r.side] });
  }
  const labels = rows.map(({ r, sides }) => `${r.name} (${sides})`);
  const width = Math.max(...labels.map((l) => l.length));
  rows.forEach(({ r }, i) => {
    const why = r.matches[0] ? `  (${whyText(r.matches[0])})` : '';
    io.out(`${String(i + 1).padStart(3)}. ${labels[i]!.padEnd(width)}  ${r.zone.padEnd(9)}  ${round(r.score).toFixed(3)}  trigger point ${r.triggerPoint}${why}`);
  });
  io.out('These muscles commonly refer pain to this area; this is not a diagnosis.');
  return 0;
}
