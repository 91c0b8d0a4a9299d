import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { editDistance, matchTypedMuscle, normaliseName } from '../../../src/domain/quiz/matchTypedMuscle';
import { loadRealBody, type RealBody } from './realBody';

let body: RealBody;
beforeAll(async () => {
  body = await loadRealBody();
});

describe('matchTypedMuscle (core pack names and aliases)', () => {
  it.each([
    ['trapezius upper', 'upper-trapezius'],
    ['Upper Trapezius muscle', 'upper-trapezius'],
    ['suboccipital', 'suboccipitals'],
    ['levator scapula', 'levator-scapulae'],
    ['levator scap', 'levator-scapulae'],
    ['Sternocleidomastiod', 'sternocleidomastoid'],
    ['SCM', 'sternocleidomastoid'],
    ['scm', 'sternocleidomastoid'],
    ['QL', 'quadratus-lumborum'],
    ['quadratus lumborom', 'quadratus-lumborum'],
    ['infraspinatous', 'infraspinatus'],
    ['teres minor', 'teres-minor'],
    ['m. masseter', 'masseter'],
    ['piriformis', 'piriformis'],
    ['gluteus-medius', 'gluteus-medius'],
  ])('%s → %s', (text, id) => {
    expect(matchTypedMuscle(text, body.pack.muscles)).toBe(id);
  });

  it.each([
    ['deltoid'], // shared by three muscles: say which
    ['occipitofrontalis'],
    ['QM'], // short: no typo allowance
    ['kidney'],
    [''],
    ['   '],
  ])('%j → no single muscle', (text) => {
    expect(matchTypedMuscle(text, body.pack.muscles)).toBeNull();
  });

  it('every muscle is found by its own name, and by its name with two letters swapped when long enough', () => {
    for (const m of body.pack.muscles) {
      expect(matchTypedMuscle(m.name, body.pack.muscles)).toBe(m.id);
      const n = m.name;
      if (n.length >= 10) {
        const i = Math.floor(n.length / 2);
        const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
        expect(matchTypedMuscle(swapped, body.pack.muscles), swapped).toBe(m.id);
      }
    }
  });
});

describe('editDistance', () => {
  it('is a metric-like distance: 0 only for equal strings, symmetric, at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('counts a transposition as one edit and stops early above the limit', () => {
    expect(editDistance('scapulae', 'scapluae')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('normalises case, accents, punctuation and filler words', () => {
    expect(normaliseName('  The Levator-Scapulæ  muscle!')).toBe('levator scapul');
    expect(normaliseName('Éxtensor  carpi')).toBe('extensor carpi');
  });
});
