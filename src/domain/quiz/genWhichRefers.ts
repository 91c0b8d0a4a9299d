/**
 * "Which muscle refers here": a pack region is painted on one side; the student picks the muscles
 * that commonly refer there (multi-select). With a body at hand the answers are the muscles with an
 * essential match in the pain finder's ranking (rankSourceMuscles); without one, the muscles whose
 * trigger points list the region. At most MAX_ANSWERS answers; distractors are muscles with no
 * referral to the region at all (not even spillover), from the answers' body regions and their
 * neighbours first, so options total 5–6.
 */
import { sideName } from '../anatomy/names';
import { boxesOverlap, placeZones, type PlacedZone } from '../referral/placeZones';
import { rankSourceMuscles } from '../referral/rankSourceMuscles';
import type { LandmarkLookup, RegionLike, Side } from '../referral/types';
import { packIndex } from './packIndex';
import { firstBuilt, nearbyMuscles, questionId, type GenContext } from './genContext';
import type { QuizMuscle, QuizPack } from './quizPack';
import type { WhichRefersQuestion } from './types';

export const MAX_ANSWERS = 3;
const MIN_WHICH_OPTIONS = 5;
const MAX_WHICH_OPTIONS = 6;

/** Shared through the memo: read only. */
export interface Referrers {
  /** Muscles that count as correct, strongest first. */
  essential: string[];
  /** Every muscle with any referral to the region (never a distractor). */
  any: Set<string>;
  /** Source ids of the matching trigger points, per muscle. */
  sources: Map<string, readonly string[]>;
}

const memo = new WeakMap<QuizPack, WeakMap<LandmarkLookup, Map<string, Referrers>>>();

/**
 * The muscles referring to `region` on `side`. With a lookup: those with an essential match in the
 * pain finder's ranking (rankSourceMuscles), in its order; every ranked muscle counts as referring.
 * Memoised per pack and lookup (packs are immutable, as the referral engine assumes): a ranking
 * costs about a millisecond and a quiz asks for many regions.
 */
export function regionReferrers(ctx: Pick<GenContext, 'pack' | 'lookup'>, region: string, side: Side): Referrers {
  const { pack, lookup } = ctx;
  if (!lookup) return listedReferrers(pack, region);
  let byLookup = memo.get(pack);
  if (!byLookup) memo.set(pack, (byLookup = new WeakMap()));
  let cache = byLookup.get(lookup);
  if (!cache) byLookup.set(lookup, (cache = new Map()));
  const key = `${region}\n${side}`;
  let out = cache.get(key);
  if (!out) cache.set(key, (out = rankedReferrers(pack, region, side, lookup)));
  return out;
}

function rankedReferrers(pack: QuizPack, region: string, side: Side, lookup: LandmarkLookup): Referrers {
  const out: Referrers = { essential: [], any: new Set(), sources: new Map() };
  const regionLike = pack.regions.find((r) => r.id === region);
  if (!regionLike) return out;
  // Only muscles that could match at all go to the ranking (it scores each muscle on its own, so the
  // result for them is the same): one listing the region, or with a zone whose bounds meet the area's.
  const area = placeZones(regionLike.area, side, lookup);
  const meets = (zones: readonly PlacedZone[]) => zones.some((z) => area.some((a) => boxesOverlap(a.box, z.box)));
  const candidates = pack.muscles.filter((m) =>
    m.triggerPoints.some((t) => t.regions.includes(region) || meets(placeZones(t.referral.essential, side, lookup)) || meets(placeZones(t.referral.spillover, side, lookup))),
  );
  const trpSources = new Map(candidates.flatMap((m) => m.triggerPoints.map((t) => [`${m.id}/${t.id}`, t.sources] as const)));
  for (const r of rankSourceMuscles({ muscles: candidates, regions: [regionLike] }, { regions: [{ region, side }] }, lookup)) {
    out.any.add(r.muscle);
    if (r.zone !== 'essential' || out.essential.includes(r.muscle)) continue;
    out.essential.push(r.muscle);
    out.sources.set(r.muscle, trpSources.get(`${r.muscle}/${r.triggerPoint}`) ?? []);
  }
  return out;
}

/** Without a body: the muscles whose trigger points list the region, in pack order. */
function listedReferrers(pack: QuizPack, region: string): Referrers {
  const out: Referrers = { essential: [], any: new Set(), sources: new Map() };
  for (const m of pack.muscles) {
    const listing = m.triggerPoints.filter((t) => t.regions.includes(region));
    if (listing.length === 0) continue;
    out.any.add(m.id);
    out.essential.push(m.id);
    out.sources.set(m.id, [...new Set(listing.flatMap((t) => t.sources))]);
  }
  return out;
}

function names(ids: readonly string[], byId: ReadonlyMap<string, QuizMuscle>): string {
  const ns = ids.map((id) => byId.get(id)?.name ?? id);
  return ns.length <= 1 ? (ns[0] ?? '') : `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

export function genWhichRefers(ctx: GenContext): WhichRefersQuestion | null {
  const { regionSides: subjects, muscleById: byId, regionOf } = packIndex(ctx.pack);
  const filtered = ctx.pool.length < ctx.pack.muscles.length;
  const inPool = new Set(filtered ? ctx.pool.map((m) => m.id) : []);
  return firstBuilt(ctx, 'which-refers', subjects, (s) => s.region.id, ({ region, side }: { region: RegionLike; side: Side }) => {
    const refs = regionReferrers(ctx, region.id, side);
    // A quiz on chosen muscles asks about regions one of them refers to, and keeps that one among the answers.
    const ordered = filtered ? [...refs.essential.filter((id) => inPool.has(id)), ...refs.essential.filter((id) => !inPool.has(id))] : refs.essential;
    if (ordered.length === 0 || (filtered && !inPool.has(ordered[0]!))) return null;
    const answers = ordered.slice(0, MAX_ANSWERS);
    const want = MIN_WHICH_OPTIONS + ctx.rng.int(MAX_WHICH_OPTIONS - MIN_WHICH_OPTIONS + 1);
    const answerRegions = [...new Set(answers.map((id) => regionOf.get(id)).filter((r) => r !== undefined))];
    const taken = new Set([...refs.any, ...answers]);
    const near = nearbyMuscles(ctx, answerRegions, taken);
    const nearIds = new Set(near.map((m) => m.id));
    // Far muscles only when the neighbourhood runs out (small packs).
    const need = want - answers.length;
    const far = near.length >= need ? [] : ctx.rng.shuffle(ctx.pack.muscles.filter((m) => !taken.has(m.id) && !nearIds.has(m.id)));
    const distractors = [...near, ...far].slice(0, need).map((m) => m.id);
    if (answers.length + distractors.length < MIN_WHICH_OPTIONS) return null;
    const where = `${sideName(side).toLowerCase()} ${region.name.toLowerCase()}`;
    return {
      id: questionId(ctx, 'which-refers', region.id, side),
      type: 'which-refers',
      prompt: `Pain is felt in the ${where} (shown on the body). Which muscles commonly refer pain here? Pick all that apply.`,
      explanation: `Trigger points of the ${names(answers, byId)} commonly refer pain to the ${where}. This says where pain commonly comes from; it is not a diagnosis.`,
      sources: [...new Set(answers.flatMap((id) => refs.sources.get(id) ?? []))],
      muscleId: answers[0],
      region: region.id,
      side,
      options: ctx.rng.shuffle([...answers, ...distractors]),
      answers,
    };
  });
}
