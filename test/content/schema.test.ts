import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/content/loadPack';
import { packStats } from '../../src/content/packStats';
import { CURRENT_PACK_VERSION } from '../../src/content/schema';
import { buildCorePack } from '../../scripts/pack/buildCorePack';
import { fixturePack, fixtureRaw } from './fixtures';

describe('the pack schema', () => {
  it('accepts the fixture pack that uses every field', () => {
    const r = parsePack(fixtureRaw());
    expect(r.ok ? [] : r.issues).toEqual([]);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.pack.version).toBe(CURRENT_PACK_VERSION);
    expect(packStats(r.pack)).toEqual({ muscles: 3, triggerPoints: 3, zones: 7, sources: 2, regions: 6, exercises: 2, techniques: 3 });
  });

  it('fills defaults: anchor offsets, referral side, quizzes', () => {
    const raw = fixtureRaw();
    delete raw.quizzes;
    const r = parsePack(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.quizzes).toEqual([]);
    expect(r.pack.regions[1]!.area[0]).toMatchObject({ kind: 'path', points: [{ landmark: 'occiput', offset: [0, 0, 0] }, { landmark: 'c7-spinous' }] });
    expect(r.pack.muscles[2]!.triggerPoints[0]!.referral.side).toBe('same');
  });

  it('keeps surface-point anchors', () => {
    const pack = fixturePack();
    expect(pack.muscles[2]!.triggerPoints[0]!.referral.essential[0]).toMatchObject({ kind: 'blob', at: { point: [0.08, 0.95, -0.11] } });
  });

  it('reads quiz questions with their defaults (quizSchema.ts)', () => {
    expect(fixturePack().quizzes[0]).toMatchObject({ feedback: 'end', passMark: 70, order: 'fixed' });
    expect(fixturePack().quizzes[0]!.questions[0]).toEqual({ id: 'q1', type: 'which-refers', region: 'temple', side: 'r', prompt: 'Which muscles refer to the temple?' });
  });

  it('accepts the core pack assembled from content/core', () => {
    const build = buildCorePack();
    expect(build.problems).toEqual([]);
    const r = parsePack(build.pack);
    expect(r.ok ? [] : r.issues.slice(0, 20)).toEqual([]);
    if (r.ok) expect(r.pack.id).toBe('core');
  });
});
