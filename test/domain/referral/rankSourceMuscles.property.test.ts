/** Properties of the pain-finder ranking over random packs and queries on a symmetric synthetic body. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otherSide } from '../../../src/domain/anatomy/names';
import { mirrorPoint } from '../../../src/domain/referral/resolveAnchor';
import { compareRanked, rankSourceMuscles, type RankedMuscle, type ReferralQuery } from '../../../src/domain/referral/rankSourceMuscles';
import type { ReferralPack } from '../../../src/domain/referral/types';
import { LOOKUP, packArb, queryArb, zoneArb } from './synthetic';

const RUNS = 250;

function mirrorQuery(q: ReferralQuery): ReferralQuery {
  return {
    regions: q.regions?.map((r) => ({ ...r, side: otherSide(r.side) })),
    points: q.points?.map((p) => ({ ...p, position: mirrorPoint(p.position), side: otherSide(p.side) })),
    dabs: q.dabs?.map((d) => ({ ...d, dabs: d.dabs.map((x) => ({ ...x, center: mirrorPoint(x.center) })), side: d.side && otherSide(d.side) })),
  };
}

const key = (r: RankedMuscle) => `${r.muscle}:${r.side}`;
const byKey = (rs: RankedMuscle[]) => new Map(rs.map((r) => [key(r), r]));

describe('rankSourceMuscles properties', () => {
  it('mirroring the query (l ↔ r) mirrors the result', () => {
    fc.assert(
      fc.property(packArb, queryArb, (pack, query) => {
        const a = rankSourceMuscles(pack, query, LOOKUP);
        const b = rankSourceMuscles(pack, mirrorQuery(query), LOOKUP);
        expect(b.map((r) => r.score)).toEqual(a.map((r) => r.score));
        const mirrored = a.map((r) => ({ ...r, side: otherSide(r.side), matches: r.matches.map((m) => ({ ...m, side: otherSide(m.side) })) }));
        expect(byKey(b)).toEqual(byKey(mirrored));
      }),
      { numRuns: RUNS, seed: 101 },
    );
  });

  it('results are sorted best first, scores finite and ≥ 0, one per muscle side, zone agrees with matches', () => {
    fc.assert(
      fc.property(packArb, queryArb, (pack, query) => {
        const rs = rankSourceMuscles(pack, query, LOOKUP);
        for (let i = 1; i < rs.length; i++) expect(compareRanked(rs[i - 1]!, rs[i]!)).toBeLessThanOrEqual(0);
        expect(new Set(rs.map(key)).size).toBe(rs.length);
        for (const r of rs) {
          expect(Number.isFinite(r.score)).toBe(true);
          expect(r.score).toBeGreaterThan(0);
          expect(r.zone === 'essential').toBe(r.matches.some((m) => m.zone === 'essential'));
          expect(r.score).toBeCloseTo(r.matches.reduce((s, m) => s + m.score, 0), 9);
        }
      }),
      { numRuns: RUNS, seed: 102 },
    );
  });

  it('is side-correct: a match on the other side needs a bilateral pattern', () => {
    fc.assert(
      fc.property(packArb, queryArb, (pack, query) => {
        for (const r of rankSourceMuscles(pack, query, LOOKUP)) {
          const trp = pack.muscles.find((m) => m.id === r.muscle)!.triggerPoints.find((t) => t.id === r.triggerPoint)!;
          for (const m of r.matches) if (m.side !== r.side) expect(trp.referral.side).toBe('both');
        }
      }),
      { numRuns: RUNS, seed: 103 },
    );
  });

  it('adding a query item never lowers a score', () => {
    fc.assert(
      fc.property(packArb, queryArb, queryArb, (pack, q1, q2) => {
        const before = byKey(rankSourceMuscles(pack, q1, LOOKUP));
        const more: ReferralQuery = { regions: [...(q1.regions ?? []), ...(q2.regions ?? [])], points: [...(q1.points ?? []), ...(q2.points ?? [])], dabs: [...(q1.dabs ?? []), ...(q2.dabs ?? [])] };
        const after = byKey(rankSourceMuscles(pack, more, LOOKUP));
        for (const [k, r] of before) expect(after.get(k)?.score ?? -1).toBeGreaterThanOrEqual(r.score - 1e-12);
      }),
      { numRuns: RUNS, seed: 104 },
    );
  });

  it('adding an essential zone (an essential match) never lowers a muscle’s score', () => {
    fc.assert(
      fc.property(packArb, queryArb, zoneArb, fc.nat(), (pack, query, zone, pick) => {
        const m = pick % pack.muscles.length;
        const muscle = pack.muscles[m]!;
        const t = pick % muscle.triggerPoints.length;
        const trp = muscle.triggerPoints[t]!;
        const grown: ReferralPack = {
          ...pack,
          muscles: pack.muscles.map((x, i) =>
            i !== m ? x : { ...x, triggerPoints: x.triggerPoints.map((y, j) => (j !== t ? y : { ...y, referral: { ...trp.referral, essential: [...trp.referral.essential, zone] } })) },
          ),
        };
        const before = byKey(rankSourceMuscles(pack, query, LOOKUP));
        const after = byKey(rankSourceMuscles(grown, query, LOOKUP));
        for (const side of ['l', 'r']) {
          const k = `${muscle.id}:${side}`;
          expect(after.get(k)?.score ?? 0).toBeGreaterThanOrEqual(before.get(k)?.score ?? 0);
        }
      }),
      { numRuns: RUNS, seed: 105 },
    );
  });

  it('is deterministic and does not depend on muscle order', () => {
    fc.assert(
      fc.property(packArb, queryArb, (pack, query) => {
        const a = rankSourceMuscles(pack, query, LOOKUP);
        const reversed = rankSourceMuscles({ ...pack, muscles: [...pack.muscles].reverse() }, query, LOOKUP);
        expect(reversed).toEqual(a);
      }),
      { numRuns: 100, seed: 106 },
    );
  });
});
