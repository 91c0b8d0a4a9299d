import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import { landmarkLookup, type Vec3 } from '../../src/domain/referral';
import { ReferralLayer } from '../../src/scene/ReferralLayer';
import { computeReferralPaint, placeReferral, shownTriggerPointIds } from '../../src/scene/referralPaint';
import { REFERRAL_ATTRIBUTE } from '../../src/scene/skinMaterial';
import { fixturePack } from '../fixtures/packs/loadFixture';

const pack = fixturePack();

/** Every landmark the fixture uses, mirrored like the model (the patient's right at −X). */
const table = new Map<string, Vec3>();
const put = (id: string, p: Vec3, paired = true) => {
  if (!paired) return table.set(id, p);
  table.set(`${id}:r`, [-p[0], p[1], p[2]]);
  table.set(`${id}:l`, p);
};
put('clavicle-mid', [0.09, 1.437, 0.031]);
put('mastoid', [0.06, 1.582, -0.039]);
put('ear', [0.084, 1.625, -0.01]);
put('temple', [0.065, 1.655, 0.034]);
put('mandible-angle', [0.06, 1.536, -0.003]);
put('superior-angle', [0.075, 1.421, -0.083]);
put('c2-spinous', [0, 1.555, -0.07], false);
put('c4-spinous', [0, 1.51, -0.07], false);
put('occiput', [0, 1.595, -0.091], false);
const lookup = landmarkLookup(table);

/** A grid of "skin" points over the head and neck, both sides. */
function skinGrid(): Float32Array {
  const pts: number[] = [];
  for (let x = -0.12; x <= 0.12001; x += 0.01) for (let y = 1.4; y <= 1.7001; y += 0.01) for (const z of [-0.08, -0.04, 0, 0.03]) pts.push(x, y, z);
  return new Float32Array(pts);
}

describe('referral paint', () => {
  const skin = skinGrid();
  const sel = (side: 'l' | 'r') => ({ pack, selection: { muscleId: 'upper-trapezius', side }, shownTrp: null });

  it('paints a right muscle on the right (−X) only, and a left one on the left', () => {
    for (const side of ['r', 'l'] as const) {
      const { weights, markers } = computeReferralPaint(sel(side), lookup, skin);
      expect(markers).toHaveLength(2);
      let painted = 0;
      let essential = 0;
      for (let i = 0; i < weights!.length; i++) {
        if (!weights![i]) continue;
        painted++;
        if (weights![i] === 2) essential++;
        const x = skin[3 * i]!;
        // Midline spillover blobs are offset toward the side; allow their edge to cross a little.
        expect(side === 'r' ? x : -x).toBeLessThanOrEqual(0.011);
      }
      expect(painted).toBeGreaterThan(20);
      expect(essential).toBeGreaterThan(5);
      for (const m of markers) expect(Math.sign(m.position[0])).toBe(side === 'r' ? -1 : 1);
    }
  });

  it('one trigger point alone: only its zones, the other markers faded', () => {
    const input = { ...sel('r'), shownTrp: { muscleId: 'upper-trapezius', triggerPointId: 'tp2' } };
    expect([...shownTriggerPointIds(input)]).toEqual(['tp2']);
    const placed = placeReferral(input, lookup)!;
    expect(placed.markers.map((m) => m.active)).toEqual([false, true]);
    expect(placed.essential).toHaveLength(1);
    // A stale choice for another muscle means "all".
    expect([...shownTriggerPointIds({ ...sel('r'), shownTrp: { muscleId: 'masseter', triggerPointId: 'tp2' } })]).toEqual(['tp1', 'tp2']);
  });

  it('nothing for no selection or a muscle without content', () => {
    expect(computeReferralPaint({ pack, selection: null, shownTrp: null }, lookup, skin)).toEqual({ weights: null, markers: [] });
    expect(computeReferralPaint({ pack, selection: { muscleId: 'masseter', side: 'r' }, shownTrp: null }, lookup, skin).markers).toEqual([]);
    expect(computeReferralPaint({ pack: null, selection: { muscleId: 'upper-trapezius', side: 'r' }, shownTrp: null }, lookup, skin).weights).toBeNull();
  });
});

describe('ReferralLayer', () => {
  it('rewrites the skin attribute in place and flags it for upload; markers use a fixed buffer', () => {
    const skin = new BufferGeometry();
    skin.setAttribute('position', new BufferAttribute(new Float32Array(4 * 3), 3));
    const layer = new ReferralLayer(skin);
    const attr = skin.getAttribute(REFERRAL_ATTRIBUTE) as BufferAttribute;
    const array = attr.array;
    const v0 = attr.version;
    layer.apply({ weights: new Uint8Array([0, 1, 2, 0]), markers: [{ position: [1, 2, 3], deep: true, active: true }] });
    expect(skin.getAttribute(REFERRAL_ATTRIBUTE)).toBe(attr);
    expect(attr.array).toBe(array);
    // Per vertex: (spillover-or-essential, essential, user paint).
    expect([...attr.array]).toEqual([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0]);
    expect(attr.version).toBeGreaterThan(v0);
    expect(layer.painted).toBe(2);
    expect(layer.markers.visible).toBe(true);
    expect(layer.markers.geometry.drawRange.count).toBe(1);
    const markerPositions = layer.markers.geometry.getAttribute('position');
    layer.apply({ weights: null, markers: [] });
    expect([...attr.array]).toEqual(new Array(12).fill(0));
    expect(layer.painted).toBe(0);
    // The user's own painting goes in the third channel and counts as painted (the skin must draw it).
    layer.apply({ weights: null, user: new Uint8Array([1, 0, 0, 1]), markers: [] });
    expect([...attr.array]).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(layer.painted).toBe(2);
    layer.apply({ weights: null, markers: [] });
    expect(layer.markers.visible).toBe(false);
    expect(layer.markers.geometry.getAttribute('position')).toBe(markerPositions);
    layer.dispose();
  });
});
