import { describe, expect, it } from 'vitest';
import { landmarkPosition, mirrorPoint, resolveAnchor } from '../../../src/domain/referral/resolveAnchor';
import { resolveReferral, resolveZone } from '../../../src/domain/referral/resolveZone';
import { landmarkLookup } from '../../../src/domain/referral/landmarkLookup';
import type { Vec3 } from '../../../src/domain/referral/types';

const table = new Map<string, Vec3>([
  ['acromion:r', [-0.18, 1.45, -0.01]],
  ['acromion:l', [0.18, 1.45, -0.01]],
  ['c7-spinous', [0, 1.47, -0.09]],
  ['custom:r', [-0.3, 1, 0]],
  ['custom:l', [0.3, 1, 0]],
  ['custom-mid', [0, 0.5, 0]],
]);
const lookup = landmarkLookup(table);

describe('resolveAnchor', () => {
  it('puts paired landmarks on the muscle’s side (the patient’s right is −X)', () => {
    expect(resolveAnchor({ landmark: 'acromion' }, 'r', lookup)).toEqual([-0.18, 1.45, -0.01]);
    expect(resolveAnchor({ landmark: 'acromion' }, 'l', lookup)).toEqual([0.18, 1.45, -0.01]);
  });

  it('treats the first offset component as lateral, so offsets mirror', () => {
    const a = { landmark: 'acromion', offset: [0.02, -0.03, 0.01] as [number, number, number] };
    const r = resolveAnchor(a, 'r', lookup)!;
    const l = resolveAnchor(a, 'l', lookup)!;
    expect(r[0]).toBeCloseTo(-0.2, 12);
    expect(l[0]).toBeCloseTo(0.2, 12);
    expect(r[1]).toBeCloseTo(1.42, 12);
    expect(r[2]).toBeCloseTo(0, 12);
    expect(mirrorPoint(r)).toEqual(l);
  });

  it('moves a midline landmark’s lateral offset toward the muscle’s side', () => {
    expect(resolveAnchor({ landmark: 'c7-spinous', offset: [0.05, 0, 0] }, 'r', lookup)![0]).toBeCloseTo(-0.05, 12);
    expect(resolveAnchor({ landmark: 'c7-spinous', offset: [0.05, 0, 0] }, 'l', lookup)![0]).toBeCloseTo(0.05, 12);
    expect(resolveAnchor({ landmark: 'c7-spinous' }, 'l', lookup)).toEqual([0, 1.47, -0.09]);
  });

  it('mirrors surface points by their lateral coordinate', () => {
    expect(resolveAnchor({ point: [0.1, 1, 0.05] }, 'r', lookup)).toEqual([-0.1, 1, 0.05]);
    expect(resolveAnchor({ point: [0.1, 1, 0.05] }, 'l', lookup)).toEqual([0.1, 1, 0.05]);
  });

  it('is undefined for a landmark the lookup lacks', () => {
    expect(resolveAnchor({ landmark: 'mastoid' }, 'r', lookup)).toBeUndefined();
    expect(resolveAnchor({ offset: [0, 0, 0] }, 'r', lookup)).toBeUndefined();
  });

  it('asks for paired landmarks with a side and midline ones without; unknown ids try both', () => {
    const calls: [string, string | null][] = [];
    const spy = (id: string, side: 'l' | 'r' | null) => (calls.push([id, side]), lookup(id, side));
    landmarkPosition('acromion', 'l', spy);
    landmarkPosition('c7-spinous', 'l', spy);
    expect(calls).toEqual([['acromion', 'l'], ['c7-spinous', null]]);
    expect(landmarkPosition('custom', 'r', lookup)).toEqual([-0.3, 1, 0]);
    expect(landmarkPosition('custom-mid', 'r', lookup)).toEqual([0, 0.5, 0]);
  });
});

describe('resolveZone / resolveReferral', () => {
  it('places blobs and paths', () => {
    expect(resolveZone({ kind: 'blob', at: { landmark: 'acromion' }, radius: 0.03 }, 'r', lookup)).toEqual({ kind: 'blob', center: [-0.18, 1.45, -0.01], radius: 0.03 });
    expect(resolveZone({ kind: 'path', points: [{ landmark: 'acromion' }, { landmark: 'c7-spinous' }], width: 0.04 }, 'l', lookup)).toEqual({ kind: 'path', points: [[0.18, 1.45, -0.01], [0, 1.47, -0.09]], halfWidth: 0.02 });
    expect(resolveZone({ kind: 'path', points: [{ landmark: 'acromion' }, { landmark: 'nowhere' }], width: 0.04 }, 'l', lookup)).toBeUndefined();
  });

  it('draws a bilateral pattern on both sides and reports zones it cannot place', () => {
    const trp = {
      id: 't',
      regions: [],
      referral: { essential: [{ kind: 'blob' as const, at: { landmark: 'acromion' }, radius: 0.03 }], spillover: [{ kind: 'blob' as const, at: { landmark: 'nowhere' }, radius: 0.03 }], side: 'both' as const },
    };
    const r = resolveReferral(trp, 'r', lookup);
    expect(r.essential.map((z) => (z.kind === 'blob' ? z.center[0] : NaN))).toEqual([-0.18, 0.18]);
    expect(r.spillover).toEqual([]);
    expect(r.unresolved).toEqual([{ list: 'spillover', index: 0 }]);
    const same = resolveReferral({ ...trp, referral: { ...trp.referral, side: 'same' as const } }, 'l', lookup);
    expect(same.essential).toHaveLength(1);
  });
});
