import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exploreHash, parseHash } from '../../src/domain/route';
import { MUSCLES } from '../../src/domain/anatomy';

describe('parseHash', () => {
  it('maps empty and unknown routes to #/explore', () => {
    for (const h of ['', '#', '#/', '#/quiz', '#/find/x', '#foo', '#/explore/a/b/c/d']) {
      const r = parseHash(h);
      expect(r).toMatchObject({ mode: 'explore', muscleId: null, side: null, unknownId: null, canonical: '#/explore' });
    }
  });

  it('reads a muscle with and without side', () => {
    expect(parseHash('#/explore/upper-trapezius/r')).toMatchObject({ muscleId: 'upper-trapezius', side: 'r', canonical: '#/explore/upper-trapezius/r' });
    expect(parseHash('#/explore/sternocleidomastoid')).toMatchObject({ muscleId: 'sternocleidomastoid', side: null, canonical: '#/explore/sternocleidomastoid' });
    expect(parseHash('#/Explore/Upper-Trapezius/L/')).toMatchObject({ muscleId: 'upper-trapezius', side: 'l' });
  });

  it('keeps an unknown id for a polite message', () => {
    expect(parseHash('#/explore/not-a-muscle')).toMatchObject({ muscleId: null, unknownId: 'not-a-muscle', canonical: '#/explore' });
    expect(parseHash('#/explore/%E0%A4%A')).toMatchObject({ muscleId: null, unknownId: '%E0%A4%A' });
  });

  it('ignores a bad side', () => {
    expect(parseHash('#/explore/piriformis/x')).toMatchObject({ muscleId: 'piriformis', side: null, canonical: '#/explore/piriformis' });
  });

  it('round-trips every selection (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MUSCLES.map((m) => m.id)), fc.constantFrom('l' as const, 'r' as const), (muscleId, side) => {
        const hash = exploreHash({ muscleId, side });
        const r = parseHash(hash);
        expect(r.muscleId).toBe(muscleId);
        expect(r.side).toBe(side);
        expect(r.canonical).toBe(hash);
      }),
    );
  });

  it('never throws and always yields a canonical explore hash (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseHash(s);
        expect(r.mode).toBe('explore');
        expect(r.canonical.startsWith('#/explore')).toBe(true);
        expect(parseHash(r.canonical).canonical).toBe(r.canonical);
      }),
    );
  });
});
