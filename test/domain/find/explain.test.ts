import { describe, expect, it } from 'vitest';
import { explainMatch, NOT_A_DIAGNOSIS, placeName, TRIGGER_POINT_NOTE } from '../../../src/domain/find/explain';
import { LAY_DESCRIBED, layDescription } from '../../../src/domain/find/layDescription';
import type { RankedMuscle, ReferralMatch } from '../../../src/domain/referral/rankSourceMuscles';
import { corePack } from './corePack';

const pack = {
  muscles: [
    { id: 'upper-trapezius', name: 'upper trapezius', region: 'upper-back' },
    { id: 'made-up', name: 'made-up muscle', region: 'thigh' },
    { id: 'odd', name: 'odd muscle', region: 'temple' },
  ],
  regions: [
    { id: 'temple', name: 'temple' },
    { id: 'eye', name: 'around the eye' },
    { id: 'back-of-head', name: 'back of the head' },
  ],
};

const match = (over: Partial<ReferralMatch>): ReferralMatch => ({ item: 'region', index: 0, region: 'temple', side: 'r', zone: 'essential', zoneIndex: 0, overlap: 0.5, depth: 1, listed: true, intensity: 1, score: 2.5, ...over });
const result = (matches: ReferralMatch[], over: Partial<RankedMuscle> = {}): RankedMuscle => ({ muscle: 'upper-trapezius', name: 'upper trapezius', side: 'r', score: 3, zone: 'essential', triggerPoint: 'ut-1', matches, ...over });

describe('explainMatch', () => {
  it('says which muscle, where it is, where it sends pain and that this is its main pain area', () => {
    expect(explainMatch(result([match({})]), pack)).toEqual([
      'Trigger points (tender knots in a muscle) in the right upper trapezius (the muscle along the top of the shoulder) commonly send pain to the temple — this is its main pain area.',
    ]);
  });

  it('words spillover as pain that can spread a little, and follows each further match', () => {
    const lines = explainMatch(result([match({ zone: 'spillover' }), match({ region: 'eye', index: 1 }), match({ item: 'dabs', region: undefined, zone: 'spillover' })], { side: 'l' }), pack);
    expect(lines[0]).toMatch(/^Trigger points \(tender knots in a muscle\) in the left upper trapezius \(.+\) can also spread a little pain to the temple on the right side, at the edge/);
    expect(lines[1]).toBe('They also commonly send pain to the area around the eye on the right side — another of its main pain areas.');
    expect(lines[2]).toBe('They can also spread a little pain to the area you marked on the right side, at the edge of their usual pain area.');
    expect(explainMatch(result([match({ item: 'point', region: undefined })]), pack)[0]).toContain('send pain to the spot you marked —');
    expect(explainMatch(result([]), pack)).toEqual([]);
  });

  it('falls back to the body region, a pack region, or the result’s own name', () => {
    expect(explainMatch(result([match({})], { muscle: 'made-up', name: 'made-up muscle' }), pack)[0]).toContain('in the right made-up muscle (a muscle of the thigh)');
    expect(explainMatch(result([match({})], { muscle: 'odd', name: 'odd muscle' }), pack)[0]).toContain('(a muscle near the temple)');
    expect(explainMatch(result([match({ region: 'nowhere-known' })], { muscle: 'ghost', name: 'ghost' }), pack)[0]).toContain('in the right ghost (a muscle of the body) commonly send pain to the nowhere known');
  });

  it('names places plainly', () => {
    expect(placeName('temple')).toBe('the temple');
    expect(placeName('back of the head')).toBe('the back of the head');
    expect(placeName('around the eye')).toBe('the area around the eye');
    expect(placeName('The sole')).toBe('The sole');
  });

  it('has lay words for every muscle of the core pack and explains the jargon it uses', () => {
    const core = corePack();
    for (const m of core.muscles) {
      expect(LAY_DESCRIBED, m.id).toContain(m.id);
      expect(layDescription(m)).toMatch(/^(the|a|an) /);
    }
    for (const r of core.regions) expect(placeName(r.name)).toMatch(/^the /);
    expect(TRIGGER_POINT_NOTE).toMatch(/tender knot/);
    expect(NOT_A_DIAGNOSIS).toMatch(/not a diagnosis/);
  });
});
