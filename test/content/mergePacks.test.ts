import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeById, mergePacks } from '../../src/content/mergePacks';
import { parsePack } from '../../src/content/loadPack';
import type { Pack } from '../../src/content/schema';
import { fixturePack } from './fixtures';

const LISTS = ['sources', 'regions', 'techniques', 'precautions', 'exercises', 'muscles', 'quizzes'] as const;

describe('mergeById', () => {
  it('keeps base order, replaces by id, appends new ids in order', () => {
    const base = [{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }];
    const extra = [{ id: 'd', v: 2 }, { id: 'b', v: 2 }, { id: 'e', v: 2 }];
    expect(mergeById(base, extra)).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 1 }, { id: 'd', v: 2 }, { id: 'e', v: 2 }]);
  });

  const list = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), v: fc.nat(3) }), { selector: (x) => x.id, maxLength: 7 });

  it('properties: identity with itself, never loses base ids, extra wins, order', () => {
    fc.assert(
      fc.property(list, list, (base, extra) => {
        expect(mergeById(base, base)).toEqual(base);
        const merged = mergeById(base, extra);
        const ids = merged.map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.slice(0, base.length)).toEqual(base.map((b) => b.id));
        for (const e of extra) expect(merged.find((x) => x.id === e.id)).toBe(e);
        expect(ids.slice(base.length)).toEqual(extra.map((e) => e.id).filter((id) => !base.some((b) => b.id === id)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('mergePacks', () => {
  const core = fixturePack();

  function extension(): Pack {
    const ext = structuredClone(core);
    ext.id = 'ext';
    ext.title = 'Extension';
    ext.muscles = [{ ...structuredClone(core.muscles[1]!), description: 'Overridden.' }];
    ext.exercises = [{ ...core.exercises[0]!, id: 'new-exercise', name: 'New' }];
    ext.sources = [];
    ext.regions = [];
    ext.techniques = [];
    ext.precautions = [];
    ext.quizzes = [];
    return ext;
  }

  it('extend: base metadata, extra wins per id, new ids appended', () => {
    const merged = mergePacks(core, extension(), 'extend');
    expect(merged.id).toBe(core.id);
    expect(merged.muscles.map((m) => m.id)).toEqual(core.muscles.map((m) => m.id));
    expect(merged.muscles[1]!.description).toBe('Overridden.');
    expect(merged.exercises.map((e) => e.id)).toEqual([...core.exercises.map((e) => e.id), 'new-exercise']);
    expect(parsePack(merged).ok).toBe(true);
  });

  it('replace: the extra pack alone', () => {
    const ext = extension();
    expect(mergePacks(core, ext, 'replace')).toBe(ext);
  });

  it('is pure', () => {
    const before = structuredClone(core);
    const ext = extension();
    const extBefore = structuredClone(ext);
    mergePacks(core, ext, 'extend');
    expect(core).toEqual(before);
    expect(ext).toEqual(extBefore);
  });

  it('properties: merging with itself is identity; extend never loses base ids', () => {
    fc.assert(
      fc.property(fc.subarray(core.muscles.map((_, i) => i)), fc.subarray(core.exercises.map((_, i) => i)), (mi, ei) => {
        const sub: Pack = { ...core, muscles: mi.map((i) => core.muscles[i]!), exercises: ei.map((i) => core.exercises[i]!) };
        expect(mergePacks(sub, sub, 'extend')).toEqual(sub);
        const a = mergePacks(core, sub, 'extend');
        const b = mergePacks(sub, core, 'extend');
        for (const key of LISTS) {
          for (const item of core[key]) expect(a[key].some((x) => x.id === item.id)).toBe(true);
          for (const item of sub[key]) expect(b[key].some((x) => x.id === item.id)).toBe(true);
        }
      }),
      { numRuns: 100, seed: 8 },
    );
  });
});
