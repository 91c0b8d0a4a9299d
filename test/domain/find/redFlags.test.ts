import { describe, expect, it } from 'vitest';
import { RED_FLAG_PREFIX, redFlags } from '../../../src/domain/find/redFlags';
import { corePack } from './corePack';

describe('redFlags', () => {
  it('keeps refer precautions whose id starts with red-flag-, in pack order', () => {
    const precautions = [
      { id: 'red-flag-a', action: 'refer' },
      { id: 'dvt-risk', action: 'refer' },
      { id: 'red-flag-b', action: 'avoid' },
      { id: 'red-flag-c', action: 'refer' },
    ];
    expect(redFlags({ precautions }).map((p) => p.id)).toEqual(['red-flag-a', 'red-flag-c']);
    expect(redFlags({ precautions: [] })).toEqual([]);
  });

  it('the core pack lists 6–8 red flags in plain words, each citing pack sources', () => {
    const pack = corePack();
    const flags = redFlags(pack);
    expect(flags.length).toBeGreaterThanOrEqual(6);
    expect(flags.length).toBeLessThanOrEqual(8);
    const sourceIds = new Set(pack.sources.map((s) => s.id));
    for (const f of flags) {
      expect(f.id.startsWith(RED_FLAG_PREFIX)).toBe(true);
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) expect(sourceIds, `${f.id} cites ${s}`).toContain(s);
      // Written for clients: says what to do, without clinical terms they would not know.
      expect(f.description).toMatch(/doctor|emergency/i);
      expect(f.description).not.toMatch(/cauda equina|thrombosis|subarachnoid|radiculopathy|paresthesia|myocardial/i);
    }
    const text = flags.map((f) => `${f.name} ${f.description}`).join(' ');
    for (const sign of [/fall|accident/i, /numbness|tingling/i, /fever/i, /weight/i, /bladder|bowel/i, /chest/i, /headache/i, /calf/i]) expect(text).toMatch(sign);
  });
});
