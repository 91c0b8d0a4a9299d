import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LANDMARKS,
  MUSCLES,
  getMuscle,
  muscleNodeName,
  nodeName,
  otherSide,
  parseNodeName,
  sideName,
  sideSign,
  sidedMuscleName,
  type NodeKind,
  type Side,
} from '../../../src/domain/anatomy';

const SIDES: Side[] = ['l', 'r'];
const KINDS: Exclude<NodeKind, 'skin'>[] = ['muscle', 'bone', 'landmark'];

/** kebab-case ids as the node-name grammar accepts them: [a-z0-9]+ joined by single dashes. */
const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('-'));
const side = fc.constantFrom<Side>(...SIDES);

describe('nodeName / parseNodeName', () => {
  it('round-trips every catalogue muscle on both sides', () => {
    for (const m of MUSCLES) {
      for (const s of SIDES) {
        const name = muscleNodeName(m.id, s);
        expect(name).toBe(`muscle:${m.id}:${s}`);
        expect(parseNodeName(name)).toEqual({ kind: 'muscle', id: m.id, side: s });
      }
    }
  });

  it('round-trips every catalogue landmark (midline without side, paired with both sides)', () => {
    for (const l of LANDMARKS) {
      const sides: (Side | null)[] = l.paired ? SIDES : [null];
      for (const s of sides) {
        const name = nodeName('landmark', l.id, s);
        expect(name).toBe(s ? `landmark:${l.id}:${s}` : `landmark:${l.id}`);
        expect(parseNodeName(name)).toEqual({ kind: 'landmark', id: l.id, side: s });
      }
    }
  });

  it('parses "skin"', () => {
    expect(parseNodeName('skin')).toEqual({ kind: 'skin', id: 'skin', side: null });
  });

  it('property: parse(nodeName(kind, id, side)) is the identity for any kebab-case id', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), kebabId, fc.option(side, { nil: null }), (kind, id, s) => {
        const parsed = parseNodeName(nodeName(kind, id, s));
        if (kind === 'muscle' && s === null) {
          expect(parsed).toBeNull(); // a muscle always has a side
        } else {
          expect(parsed).toEqual({ kind, id, side: s });
        }
      }),
    );
  });

  it('property: whatever parses formats back to the same string', () => {
    const candidates = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('muscle', 'bone', 'landmark', 'skin', 'Muscle', 'nerve'), fc.string(), fc.string()).map(
        ([k, a, b]) => `${k}:${a}:${b}`,
      ),
      fc.tuple(fc.constantFrom(...KINDS), kebabId, fc.constantFrom('', ':l', ':r', ':x', ':L', ':lr')).map(
        ([k, id, suffix]) => `${k}:${id}${suffix}`,
      ),
    );
    fc.assert(
      fc.property(candidates, (s) => {
        const parsed = parseNodeName(s);
        if (parsed === null) return;
        if (parsed.kind === 'skin') expect(s).toBe('skin');
        else expect(nodeName(parsed.kind, parsed.id, parsed.side)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects malformed names', () => {
    for (const bad of [
      '',
      'Skin',
      'muscle:upper-trapezius', // muscle without a side
      'muscle:upper-trapezius:x',
      'muscle:Upper-Trapezius:r',
      'muscle:upper_trapezius:r',
      'muscle:upper--trapezius:r',
      'muscle:-upper:r',
      'muscle:upper-:r',
      'muscle::r',
      'nerve:ulnar:l',
      'bone:femur:l:r',
      ' landmark:c7-spinous',
      'muscleupper-trapeziusr', // what three's GLTFLoader makes of the name
    ]) {
      expect(parseNodeName(bad), bad).toBeNull();
    }
  });
});

describe('sides', () => {
  it('sidedMuscleName puts the patient side first', () => {
    expect(sidedMuscleName({ name: 'upper trapezius' }, 'r')).toBe('Right upper trapezius');
    expect(sidedMuscleName({ name: 'gluteus medius' }, 'l')).toBe('Left gluteus medius');
    const scm = getMuscle('sternocleidomastoid');
    expect(scm && sidedMuscleName(scm, 'l')).toBe('Left sternocleidomastoid');
  });

  it('property: every muscle has a "Left …"/"Right …" name that ends with its own name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MUSCLES), side, (m, s) => {
        const name = sidedMuscleName(m, s);
        expect(name).toBe(`${s === 'r' ? 'Right' : 'Left'} ${m.name}`);
        expect(name.startsWith(sideName(s))).toBe(true);
      }),
    );
  });

  it("sideSign: the patient's right is −X, left is +X", () => {
    expect(sideSign('r')).toBe(-1);
    expect(sideSign('l')).toBe(1);
    expect(sideName('r')).toBe('Right');
    expect(sideName('l')).toBe('Left');
  });

  it('property: otherSide is an involution that flips the sign', () => {
    fc.assert(
      fc.property(side, (s) => {
        expect(otherSide(s)).not.toBe(s);
        expect(otherSide(otherSide(s))).toBe(s);
        expect(sideSign(otherSide(s))).toBe(-sideSign(s));
      }),
    );
  });
});
