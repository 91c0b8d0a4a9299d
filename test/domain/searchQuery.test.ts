import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSidedQuery } from '../../src/domain/searchQuery';

describe('parseSidedQuery', () => {
  it('splits a leading side word', () => {
    expect(parseSidedQuery('left upper trap')).toEqual({ side: 'l', text: 'upper trap' });
    expect(parseSidedQuery('  Right   SCM ')).toEqual({ side: 'r', text: 'SCM' });
    expect(parseSidedQuery('R SCM')).toEqual({ side: 'r', text: 'SCM' });
    expect(parseSidedQuery('lt. piriformis')).toEqual({ side: 'l', text: 'piriformis' });
    expect(parseSidedQuery("patient's left QL")).toEqual({ side: 'l', text: 'QL' });
  });

  it('does not treat words starting with l or r as sides', () => {
    expect(parseSidedQuery('lats')).toEqual({ side: null, text: 'lats' });
    expect(parseSidedQuery('rhomboids')).toEqual({ side: null, text: 'rhomboids' });
    expect(parseSidedQuery('levator scap')).toEqual({ side: null, text: 'levator scap' });
  });

  it('keeps a bare side word as text', () => {
    expect(parseSidedQuery('left')).toEqual({ side: null, text: 'left' });
    expect(parseSidedQuery('')).toEqual({ side: null, text: '' });
  });

  it('prefixing a side word to any query yields that side and the query (property)', () => {
    const word = fc.stringMatching(/^[a-km-qs-z][a-z]{0,8}$/);
    fc.assert(
      fc.property(fc.constantFrom(['left', 'l'], ['right', 'r'], ['L', 'l'], ['Rt', 'r']), fc.array(word, { minLength: 1, maxLength: 3 }), ([prefix, side], words) => {
        const text = words.join(' ');
        expect(parseSidedQuery(`${prefix} ${text}`)).toEqual({ side, text });
        expect(parseSidedQuery(text)).toEqual({ side: null, text });
      }),
    );
  });
});
